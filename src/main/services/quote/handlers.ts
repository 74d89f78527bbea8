import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { QUOTE_CHANNELS } from '@shared/ipc/channels/quote'
import { ServiceError } from '@shared/ipc/envelope'
import {
  exportQuoteCsv,
  exportQuoteWorkbook,
  quoteLinesFor,
  type QuoteOutput
} from './export-quote'

type QuoteHandlers = Pick<Handlers, (typeof QUOTE_CHANNELS)[keyof typeof QUOTE_CHANNELS]>

/** The file over either transport: bytes as base64 (the browser host downloads it, the desktop saves it). */
function asFile(output: QuoteOutput) {
  return {
    fileName: output.fileName,
    mimeType: output.mimeType,
    base64: output.bytes.toString('base64'),
    byteLength: output.bytes.byteLength,
    totals: output.totals
  }
}

/** Handlers of the 'quote' channels. */
export function createQuoteHandlers(options: ServiceOptions): QuoteHandlers {
  void options
  return {
    'quote.export': async (request, context) =>
      asFile(await exportQuoteWorkbook({ ...request, locale: context.locale })),
    'quote.exportCsv': (request, context) =>
      asFile(exportQuoteCsv({ ...request, locale: context.locale })),
    'quote.lines': (request, context) => quoteLinesFor({ ...request, locale: context.locale }),
    // Paths are the desktop's business (it checks the user chose them); the browser downloads.
    'quote.writeFile': () => {
      throw new ServiceError(
        'NOT_SUPPORTED',
        'Saving to a path is only available in the desktop app; in the browser the quote is downloaded.'
      )
    }
  }
}
