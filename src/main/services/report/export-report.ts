/**
 * "Export report": the plan → its estimate → the report HTML (src/shared/report) → a PDF
 * from the engine the caller gives (Electron's printToPDF on the desktop, headless Chromium
 * on the web host and in the CLI). Also the comparison table as CSV.
 */
import { estimatePlan, type EstimateResult } from '@shared/core'
import { comparisonToCsv } from '@shared/compare/table'
import { translate, type Locale } from '@shared/i18n'
import { ServiceError } from '@shared/ipc/envelope'
import { reportHtml } from '@shared/report/report-html'
import type { PlanDocument } from '@shared/schema/plan'
import { safeFileStem } from '../quote/file-name'
import type { PdfEngine } from './pdf-engine'

export interface ReportJob {
  plan: PlanDocument
  locale: Locale
  options?: {
    language?: Locale
    company?: string
    author?: string
    date?: string
  }
}

export interface ReportOutput {
  fileName: string
  mimeType: string
  bytes: Buffer
}

function estimateOrFail(job: ReportJob): EstimateResult {
  // The quote edits are not the core's business.
  const { quote: _quote, ...plan } = job.plan as PlanDocument & { quote?: unknown }
  const estimate = estimatePlan(plan)
  if (estimate.workloads.length === 0) {
    throw new ServiceError(
      'INVALID_PLAN',
      translate(job.locale, 'quote.errors.estimateFailed'),
      estimate.issues.map((issue) => ({
        path: issue.path,
        message: issue.message,
        key: issue.messageKey,
        params: issue.params
      }))
    )
  }
  return estimate
}

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

export function reportHtmlFor(job: ReportJob): string {
  const locale = job.options?.language ?? job.locale
  const input = {
    plan: job.plan,
    estimate: estimateOrFail(job),
    locale,
    date: job.options?.date ?? today()
  }
  return reportHtml({
    ...input,
    ...(job.options?.company !== undefined ? { company: job.options.company } : {}),
    ...(job.options?.author !== undefined ? { author: job.options.author } : {})
  })
}

export async function exportReportPdf(job: ReportJob, engine: PdfEngine): Promise<ReportOutput> {
  const html = reportHtmlFor(job)
  const locale = job.options?.language ?? job.locale
  const title = translate(locale, 'compare.report.title')
  return {
    fileName: `${safeFileStem(job.plan.name, title)} - ${title}.pdf`,
    mimeType: 'application/pdf',
    bytes: await engine.print(html)
  }
}

export function exportComparisonCsv(job: ReportJob): ReportOutput {
  const locale = job.options?.language ?? job.locale
  const { quote: _quote, ...plan } = job.plan as PlanDocument & { quote?: unknown }
  const estimate = estimatePlan(plan, { compare: true })
  if (!estimate.compare)
    throw new ServiceError('INVALID_PLAN', translate(locale, 'quote.errors.estimateFailed'))
  const title = translate(locale, 'compare.ui.title')
  return {
    fileName: `${safeFileStem(job.plan.name, title)} - ${title}.csv`,
    mimeType: 'text/csv',
    bytes: Buffer.from(comparisonToCsv(estimate.compare, locale, plan.settings.currency), 'utf8')
  }
}
