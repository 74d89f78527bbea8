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
import { join } from 'node:path'
import { recoverSettings } from '../../../shared/schema/settings'
import { readJsonFile } from '../../services/files/json-file'
import { SETTINGS_FILE_NAME } from '../../services/document/settings-store'
import { defaultUserDataDir } from './inventory'

/**
 * Company and author for the report: the app's settings (the same settings.json the desktop
 * app edits, in `COMPUTE_PLANNER_USER_DATA` or the app's user-data folder), with
 * `COMPUTE_PLANNER_COMPANY` / `COMPUTE_PLANNER_AUTHOR` as overrides. Read only: a damaged
 * settings file is not moved aside by the CLI, its fields just fall back to empty.
 */
export async function reportLetterhead(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ company?: string; author?: string }> {
  const folder = env.COMPUTE_PLANNER_USER_DATA ?? defaultUserDataDir()
  const read = await readJsonFile(join(folder, SETTINGS_FILE_NAME), 4 * 1024 * 1024)
  const settings = recoverSettings(read.state === 'ok' ? read.value : undefined).settings
  const company = env.COMPUTE_PLANNER_COMPANY || settings.companyName
  const author = env.COMPUTE_PLANNER_AUTHOR || settings.authorName
  return { ...(company ? { company } : {}), ...(author ? { author } : {}) }
}

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
        options: await reportLetterhead()
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
