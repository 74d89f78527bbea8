import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { withQuoteEdits } from '@shared/core/cluster/attach'
import { computeQuoteLines } from '@shared/quote/lines'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteEdits, QuoteLanguage } from '@shared/schema/quote'
import {
  buildQuoteWorkbook,
  type WorkbookInput
} from '../../../../../src/main/services/quote/workbook/build-workbook'
import {
  EXAMPLES_DIR,
  edits,
  fullEdits,
  plan,
  trainingAndServing
} from '../../../quote/helpers/fixtures'
import { definedNames, readWorkbook } from '../../../quote/helpers/workbook'

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

function input(
  document: PlanDocument,
  language: QuoteLanguage = 'en',
  quoteEdits: QuoteEdits = edits(),
  extra: Partial<WorkbookInput> = {}
): WorkbookInput {
  return {
    plan: document,
    estimate: estimatePlan(document),
    edits: quoteEdits,
    language,
    date: '2025-03-01',
    letterhead: { company: 'R&D Lab', author: 'Zhang San' },
    ...extra
  }
}

describe('buildQuoteWorkbook', () => {
  it('writes the five sheets in tab order, and the quote lines with the edits applied', async () => {
    const document = trainingAndServing()
    const quoteEdits = fullEdits()
    const built = await buildQuoteWorkbook(input(document, 'en', quoteEdits))
    const workbook = await readWorkbook(built.bytes)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Quote',
      'Assumptions',
      'Sizing',
      'Hardware'
    ])
    // The lines it returns are the ones the core computes from the estimate with the edits.
    const estimate = withQuoteEdits(document, estimatePlan(document), quoteEdits)
    expect(built.quote).toEqual(computeQuoteLines(document, estimate, quoteEdits))
    expect(built.logoPlaced).toBe(false)
  })

  it('adds the Comparison sheet last when the plan is in compare mode', async () => {
    const compare = plan(
      JSON.parse(readFileSync(join(EXAMPLES_DIR, 'datacenter-compare.cplan'), 'utf8'))
    )
    const workbook = await readWorkbook((await buildQuoteWorkbook(input(compare))).bytes)
    expect(workbook.worksheets.map((sheet) => sheet.name).at(-1)).toBe('Comparison')
    expect(workbook.worksheets).toHaveLength(6)
  })

  it('names its sheets in Chinese for a zh-CN quote', async () => {
    const built = await buildQuoteWorkbook(input(trainingAndServing(), 'zh-CN'))
    const workbook = await readWorkbook(built.bytes)
    expect(workbook.worksheets[0].name).toBe('汇总')
    expect(workbook.worksheets[1].name).toBe('报价单')
  })

  it('returns the defined names it wrote, as the file carries them', async () => {
    const built = await buildQuoteWorkbook(input(trainingAndServing(), 'en', fullEdits()))
    const workbook = await readWorkbook(built.bytes)
    expect(built.definedNames.length).toBeGreaterThan(0)
    const read = definedNames(workbook)
    // exceljs reads `'Quote'!$H$37` back without the quotes around a plain sheet name.
    const unquoted = (address: string) => address.replace(/^'([^']*)'!/, '$1!')
    for (const [name, address] of built.definedNames) expect(read.get(name)).toBe(unquoted(address))
    expect(read.size).toBe(built.definedNames.length)
  })

  it('records creator, date and the plan name as title; puts plan and company on every page', async () => {
    const document = trainingAndServing({ name: 'Cluster\u0001 A' })
    const workbook = await readWorkbook((await buildQuoteWorkbook(input(document))).bytes)
    expect(workbook.creator).toBe('Compute Planner')
    expect(workbook.created?.toISOString()).toBe('2025-03-01T00:00:00.000Z')
    // The control character cannot go into the file: it becomes U+FFFD.
    expect(workbook.title).toBe('Cluster\uFFFD A')
    const header = workbook.worksheets[1].headerFooter.oddHeader ?? ''
    // &L plan name, &C sheet name, &R company ("&" doubled: a bare & starts a header code).
    expect(header).toContain('&CQuote')
    expect(header).toContain('&RR&&D Lab')
  })

  it('places a readable logo on the Summary and says so; an unreadable one is left out', async () => {
    const placed = await buildQuoteWorkbook(
      input(trainingAndServing(), 'en', edits(), { logo: { extension: 'png', buffer: PNG } })
    )
    expect(placed.logoPlaced).toBe(true)
    const workbook = await readWorkbook(placed.bytes)
    expect(workbook.worksheets[0].getImages()).toHaveLength(1)
    expect(workbook.worksheets[1].getImages()).toHaveLength(0)
    const junk = await buildQuoteWorkbook(
      input(trainingAndServing(), 'en', edits(), {
        logo: { extension: 'png', buffer: Buffer.from('not a png') }
      })
    )
    expect(junk.logoPlaced).toBe(false)
    expect((await readWorkbook(junk.bytes)).worksheets[0].getImages()).toHaveLength(0)
  })
})
