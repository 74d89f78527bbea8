/**
 * The quote service: plan (+ quote edits) → estimate → lines → workbook or CSV bytes, or a
 * file on disk. Plain Node (no Electron): the IPC handlers, the desktop's save dialog and
 * the CLI all call these functions.
 */
import { estimatePlan, type EstimateResult } from '@shared/core'
import { translate, type Locale } from '@shared/i18n'
import type { QuoteExportOptions } from '@shared/ipc/contracts/quote'
import { ServiceError } from '@shared/ipc/envelope'
import { quoteLinesToCsv } from '@shared/quote/csv'
import { computeQuoteLines, type QuoteLines, type QuoteTotals } from '@shared/quote/lines'
import type { PlanDocument } from '@shared/schema/plan'
import {
  emptyQuoteEdits,
  quoteEditsSchema,
  type QuoteEdits,
  type QuoteLanguage
} from '@shared/schema/quote'
import { formatJsonPath } from '@shared/schema/issues'
import { writeExport } from './write-export'
import { quoteFileName } from './file-name'
import { buildQuoteWorkbook } from './workbook/build-workbook'
import type { LogoImage } from './workbook/logo'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_MIME = 'text/csv;charset=utf-8'

export interface QuoteJob {
  plan: PlanDocument
  /** Omitted: the plan's own `quote` field if it has one, else no edits. */
  edits?: QuoteEdits
  options?: QuoteExportOptions
  /** The app's language: the workbook's default language. */
  locale: Locale
}

export interface QuoteOutput {
  bytes: Buffer
  fileName: string
  mimeType: string
  totals: QuoteTotals
}

/** Edits from the request, else from the plan document (once it carries a `quote` field). */
function editsFor(job: QuoteJob): QuoteEdits {
  if (job.edits) return job.edits
  const stored = (job.plan as { quote?: unknown }).quote
  if (stored === undefined) return emptyQuoteEdits()
  const parsed = quoteEditsSchema.safeParse(stored)
  if (parsed.success) return parsed.data
  throw new ServiceError(
    'INVALID_PLAN',
    translate(job.locale, 'app.errors.INVALID_PLAN'),
    parsed.error.issues.map((issue) => ({
      path: formatJsonPath(['quote', ...issue.path]),
      message: issue.message
    }))
  )
}

function estimateOrFail(job: QuoteJob): EstimateResult {
  // The quote edits are not the core's business (and older plan schemas refuse the field).
  const { quote: _quote, ...plan } = job.plan as PlanDocument & { quote?: unknown }
  const estimate = estimatePlan(plan)
  if (!estimate.ok) {
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

function languageFor(job: QuoteJob, edits: QuoteEdits): QuoteLanguage {
  return job.options?.language ?? edits.language ?? job.locale
}

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A data URL from the settings → image bytes; anything else is ignored (validated upstream). */
function decodeLogo(dataUrl: string | undefined): LogoImage | undefined {
  const match = dataUrl && /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl)
  if (!match) return undefined
  return { extension: match[1] as LogoImage['extension'], buffer: Buffer.from(match[2], 'base64') }
}

export function quoteLinesFor(job: QuoteJob): QuoteLines {
  return computeQuoteLines(job.plan, estimateOrFail(job), editsFor(job))
}

export async function exportQuoteWorkbook(job: QuoteJob): Promise<QuoteOutput> {
  const edits = editsFor(job)
  const estimate = estimateOrFail(job)
  const language = languageFor(job, edits)
  const letterhead = job.options?.letterhead
  const logo = decodeLogo(letterhead?.logo)
  const built = await buildQuoteWorkbook({
    plan: job.plan,
    estimate,
    edits,
    language,
    date: job.options?.date ?? today(),
    letterhead: { company: letterhead?.company ?? '', author: letterhead?.author ?? '' },
    ...(job.options?.procurement ? { procurement: job.options.procurement } : {}),
    ...(logo ? { logo } : {})
  })
  return {
    bytes: built.bytes,
    fileName: quoteFileName(job.plan.name, language === 'zh-CN' ? 'zh-CN' : 'en', 'xlsx'),
    mimeType: XLSX_MIME,
    totals: built.quote.totals
  }
}

export function exportQuoteCsv(job: QuoteJob): QuoteOutput {
  const edits = editsFor(job)
  const quote = computeQuoteLines(job.plan, estimateOrFail(job), edits)
  const language = languageFor(job, edits)
  return {
    bytes: Buffer.from(quoteLinesToCsv(quote, language), 'utf8'),
    fileName: quoteFileName(job.plan.name, language === 'zh-CN' ? 'zh-CN' : 'en', 'csv'),
    mimeType: CSV_MIME,
    totals: quote.totals
  }
}

/**
 * Writes the workbook (or, for a `.csv` path, the CSV) to `path` atomically. For the
 * desktop's save dialog and the CLI. Throws ServiceError('IO_ERROR') with a clear message.
 */
export async function writeQuoteFile(path: string, job: QuoteJob): Promise<QuoteOutput> {
  const output = /\.csv$/i.test(path) ? exportQuoteCsv(job) : await exportQuoteWorkbook(job)
  await writeExport(path, output.bytes, { locale: job.locale })
  return output
}
