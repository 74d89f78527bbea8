import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { DOCUMENT_CHANNELS } from '@shared/ipc/channels/document'

type DocumentHandlers = Pick<Handlers, (typeof DOCUMENT_CHANNELS)[keyof typeof DOCUMENT_CHANNELS]>

/** Handlers of the 'document' channels. */
export function createDocumentHandlers(options: ServiceOptions): DocumentHandlers {
  void options
  return {}
}
