import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { REPORT_CHANNELS } from '@shared/ipc/channels/report'
import { exportComparisonCsv, exportReportPdf, type ReportOutput } from './export-report'
import { chromiumEngine } from './pdf-engine'

type ReportHandlers = Pick<Handlers, (typeof REPORT_CHANNELS)[keyof typeof REPORT_CHANNELS]>

function asFile(output: ReportOutput) {
  return {
    fileName: output.fileName,
    mimeType: output.mimeType,
    base64: output.bytes.toString('base64'),
    byteLength: output.bytes.byteLength
  }
}

/** Handlers of the 'report' channels. */
export function createReportHandlers(options: ServiceOptions): ReportHandlers {
  const engineFor = options.pdfEngine ?? chromiumEngine
  return {
    'report.export': async (request, context) => {
      const locale = request.options?.language ?? context.locale
      return asFile(
        await exportReportPdf({ ...request, locale: context.locale }, engineFor(locale))
      )
    },
    'report.comparisonCsv': (request, context) =>
      asFile(exportComparisonCsv({ ...request, locale: context.locale }))
  }
}
