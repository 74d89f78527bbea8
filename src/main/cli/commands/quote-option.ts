/**
 * `compute-planner estimate PLAN --quote OUT.xlsx`: writes the plan's quote workbook (or,
 * for an OUT ending in .csv, its line items as CSV) with the same service the app uses.
 * Exit codes as the rest of the CLI: 0 written, 1 could not write, 2 invalid plan.
 */
import { formatIssue } from '../../../shared/core'
import { translate, type Locale } from '../../../shared/i18n'
import { ServiceError } from '../../../shared/ipc/envelope'
import type { QuoteLanguage } from '../../../shared/schema/quote'
import { readPlanText } from '../../../shared/schema/plan-file'
import type { PlanDocument } from '../../../shared/schema/plan'
import { writeQuoteFile } from '../../services/quote/export-quote'

export interface QuoteCliIO {
  out: (text: string) => void
  err: (text: string) => void
  readFile: (path: string) => Promise<string>
}

export interface QuoteCliOptions {
  /** Messages and the workbook's default language. */
  locale?: Locale
  /** Overrides the plan's quote language. */
  language?: QuoteLanguage
  /** `YYYY-MM-DD` printed on the quote (reproducible output in scripts); default today. */
  date?: string
}

const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_INVALID = 2

export async function writeQuoteFromCli(
  planPath: string,
  outPath: string,
  io: QuoteCliIO,
  options: QuoteCliOptions = {}
): Promise<number> {
  let text: string
  try {
    text = await io.readFile(planPath)
  } catch (error) {
    io.err(
      `${planPath}: cannot read the file (${error instanceof Error ? error.message : String(error)})\n`
    )
    return EXIT_INVALID
  }
  const read = readPlanText(text)
  if (!read.ok) {
    for (const issue of read.error.issues)
      io.err(`${planPath}: ${issue.path || '(document)'}: ${issue.message}\n`)
    return EXIT_INVALID
  }
  return writeQuoteForPlan(read.plan, planPath, outPath, io, options)
}

/** Writes the quote of an already-read plan (the estimate command has read and checked it). */
export async function writeQuoteForPlan(
  plan: PlanDocument,
  planPath: string,
  outPath: string,
  io: Pick<QuoteCliIO, 'out' | 'err'>,
  options: QuoteCliOptions = {}
): Promise<number> {
  const locale = options.locale ?? 'en'
  try {
    const output = await writeQuoteFile(outPath, {
      plan,
      locale,
      options: {
        ...(options.language ? { language: options.language } : {}),
        ...(options.date ? { date: options.date } : {})
      }
    })
    const total = output.totals.grandTotal.toLocaleString('en-US', { maximumFractionDigits: 2 })
    io.out(
      `${translate(locale, 'quote.cli.written', { file: outPath, total, currency: output.totals.currency })}\n`
    )
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    if (error.code === 'IO_ERROR') {
      io.err(`${error.message}\n`)
      return EXIT_FAILURE
    }
    io.err(`${planPath}: ${error.message}\n`)
    for (const issue of error.issues ?? [])
      io.err(
        `${planPath}: ${formatIssue({ path: issue.path, message: issue.message, messageKey: issue.key ?? '', params: {} })}\n`
      )
    return EXIT_INVALID
  }
}
