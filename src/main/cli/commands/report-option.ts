/**
 * The CLI's compare and report pieces: `--report OUT.pdf` (the same report the app exports,
 * printed by headless Chromium) and the compare block of `--json` with each candidate's
 * reasons in words. Language: the locale (LC_ALL, LC_MESSAGES, LANG), as `inventory import`.
 */
import type { CompareResult } from '../../../shared/core'
import { reasonsText } from '../../../shared/compare/table'
import { translate, type Locale } from '../../../shared/i18n'
import type { PlanDocument } from '../../../shared/schema/plan'
import { writeExport } from '../../services/quote/write-export'
import { exportReportPdf } from '../../services/report/export-report'
import { chromiumEngine, type PdfEngine } from '../../services/report/pdf-engine'
import { environmentLocale } from '../locale'

/**
 * `totals.compare` in `--json`: the core's result, with `reasons` (every failure and caution
 * in words) and `recommendation` sentences added, so a script need not translate keys.
 */
export function compareJson(compare: CompareResult, locale: Locale): unknown {
  const say = (n: { key: string; params: Record<string, string | number> }) =>
    translate(locale, n.key, n.params)
  return {
    ...compare,
    recommendation: say(compare.reason),
    candidates: compare.candidates.map((c) => ({ ...c, reasons: reasonsText(c, locale) })),
    groups: compare.groups.map((g) => ({
      ...g,
      recommendation: say(g.reason),
      notRankedText: g.notRankedNote ? say(g.notRankedNote) : null,
      quoteText: g.quoteNote ? say(g.quoteNote) : null,
      candidates: g.candidates.map((c) => ({ ...c, reasons: reasonsText(c, locale) }))
    }))
  }
}

export interface ReportCliIO {
  out: (s: string) => void
  err: (s: string) => void
}

export async function writeReportForPlan(
  plan: PlanDocument,
  outPath: string,
  io: ReportCliIO,
  locale: Locale = environmentLocale(),
  engine: PdfEngine = chromiumEngine(locale)
): Promise<number> {
  try {
    const output = await exportReportPdf(
      {
        plan,
        locale,
        options: {
          ...(process.env.COMPUTE_PLANNER_COMPANY
            ? { company: process.env.COMPUTE_PLANNER_COMPANY }
            : {}),
          ...(process.env.COMPUTE_PLANNER_AUTHOR
            ? { author: process.env.COMPUTE_PLANNER_AUTHOR }
            : {})
        }
      },
      engine
    )
    await writeExport(outPath, output.bytes, { locale })
    io.out(`${translate(locale, 'compare.report.written', { path: outPath })}\n`)
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.err(`${outPath}: ${message}\n`)
    return 1
  }
}
