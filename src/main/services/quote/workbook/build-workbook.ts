/**
 * Builds the quote workbook with exceljs's streaming writer (the toolchain trial measured
 * ~6× less memory than the regular writer): sheets are described first, then streamed in
 * tab order, rows committed one at a time, into an in-memory zip.
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { EstimateResult } from '@shared/core'
import { withQuoteEdits } from '@shared/core/cluster/attach'
import { translate } from '@shared/i18n'
import { computeQuoteLines, type QuoteLines } from '@shared/quote/lines'
import type { PlanDocument } from '@shared/schema/plan'
import type { Procurement } from '@shared/schema/procurement'
import type { QuoteEdits, QuoteLanguage } from '@shared/schema/quote'
import { setDefinedNames } from './exceljs-internals'
import { hardwareGroups } from './hardware-specs'
import { attachLogo, type LogoImage } from './logo'
import { label, type Letterhead, type QuoteModel } from './model'
import { NameRegistry } from './names'
import { pageSettings } from './page'
import { procurementLabel, quoteNumber } from './procurement'
import { buildScopes } from './scopes'
import { assumptionsSheet } from './sheets/assumptions'
import { comparisonSheet } from './sheets/comparison'
import { hardwareSheet } from './sheets/hardware'
import { quoteSheet } from './sheets/quote'
import { sizingSheet } from './sheets/sizing'
import { summarySheet } from './sheets/summary'
import type { SheetSpec } from './spec'
import { createStyles } from './styles'
import { cellText } from './text'
import type { WorksheetWriter } from './streaming'
import { writeSheet } from './write-sheet'

export interface WorkbookInput {
  plan: PlanDocument
  /** Must be `ok`: the caller refuses plans that do not estimate. */
  estimate: EstimateResult
  edits: QuoteEdits
  language: QuoteLanguage
  date: string
  letterhead: Letterhead
  procurement?: Procurement
  logo?: LogoImage
}

export interface BuiltWorkbook {
  bytes: Buffer
  quote: QuoteLines
  /** Defined name → `'Sheet'!$C$7`. */
  definedNames: [string, string][]
  /** False when a logo was given but was not a readable PNG or JPEG (it is left out). */
  logoPlaced: boolean
}

function sheetSpecs(model: QuoteModel): SheetSpec[] {
  const scopes = buildScopes(model)
  const comparison = comparisonSheet(model)
  return [
    summarySheet(model, scopes),
    quoteSheet(model),
    assumptionsSheet(model, scopes),
    sizingSheet(model, scopes),
    hardwareSheet(model),
    ...(comparison ? [comparison] : [])
  ]
}

export async function buildQuoteWorkbook(input: WorkbookInput): Promise<BuiltWorkbook> {
  const { plan, edits, language } = input
  const estimate = withQuoteEdits(plan, input.estimate, edits)
  const model: QuoteModel = {
    plan,
    estimate,
    quote: computeQuoteLines(plan, estimate, edits),
    edits,
    language,
    date: input.date,
    letterhead: input.letterhead,
    ...(input.procurement ? { procurement: input.procurement } : {}),
    hardware: hardwareGroups(plan, estimate.totals?.byAccelerator ?? []),
    names: new NameRegistry()
  }
  const specs = sheetSpecs(model)

  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false
  })
  workbook.creator = 'Compute Planner'
  workbook.created = new Date(`${input.date}T00:00:00Z`)
  workbook.title = cellText(plan.name)

  const styles = createStyles(
    plan.settings.currency,
    language !== 'en',
    label(model, 'marks.priceNeededCell')
  )
  const page = pageSettings(
    edits.paperSize,
    plan.name,
    input.letterhead.company,
    translate(language === 'zh-CN' ? 'zh-CN' : 'en', 'quote.print.page'),
    procurementLabel(model, 'pageNumber', { number: quoteNumber(model) })
  )
  let logoPlaced = false
  for (const [index, spec] of specs.entries()) {
    const logo = index === 0 ? input.logo : undefined
    // The Summary uses columns A–C; the logo sits to their right.
    const decorate =
      logo &&
      ((sheet: WorksheetWriter) =>
        (logoPlaced = attachLogo(workbook, sheet, logo, spec.columns.length)))
    await writeSheet(workbook, spec, styles, model.names, page, decorate || undefined)
  }
  model.names.assertComplete()
  setDefinedNames(workbook, model.names.entries())
  await workbook.commit()
  await finished
  return {
    bytes: Buffer.concat(chunks),
    quote: model.quote,
    definedNames: model.names.entries(),
    logoPlaced
  }
}
