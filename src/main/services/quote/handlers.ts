import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { QUOTE_CHANNELS } from '@shared/ipc/channels/quote'

type QuoteHandlers = Pick<Handlers, (typeof QUOTE_CHANNELS)[keyof typeof QUOTE_CHANNELS]>

/** Handlers of the 'quote' channels. */
export function createQuoteHandlers(options: ServiceOptions): QuoteHandlers {
  void options
  return {}
}
