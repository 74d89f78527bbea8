import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { translate } from '@shared/i18n'
import {
  CSV_MIME,
  XLSX_MIME,
  exportQuoteCsv,
  exportQuoteWorkbook,
  quoteLinesFor,
  writeQuoteFile
} from '../../../../src/main/services/quote/export-quote'
import { edits, trainingAndServing } from '../../quote/helpers/fixtures'
import { readWorkbook } from '../../quote/helpers/workbook'

/** A 1×1 PNG. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const plan = trainingAndServing()
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('quoteLinesFor', () => {
  it('prices the estimate, with the edits added (an optional item stays out of the total)', () => {
    const plain = quoteLinesFor({ plan, locale: 'en' })
    const withItem = quoteLinesFor({
      plan,
      locale: 'en',
      edits: edits({
        items: [
          {
            id: 'cab',
            category: 'network',
            description: 'Cables',
            quantity: 10,
            unitPrice: 100,
            optional: true
          }
        ]
      })
    })
    expect(plain.totals.currency).toBe('CNY')
    // 10 × 100 = 1,000, less the plan's 5 % hardware discount = 950 in the optional total.
    expect(withItem.totals.optionalTotal).toBe(950)
    expect(withItem.totals.grandTotal).toBe(plain.totals.grandTotal)
  })

  it('refuses a plan that does not estimate, in the app language, naming the field', () => {
    const broken = { ...plan, workloads: [{ ...plan.workloads[0], accelerator: 'no-such-card' }] }
    let caught: unknown
    try {
      quoteLinesFor({ plan: broken, locale: 'zh-CN' })
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'INVALID_PLAN' })
    const error = caught as { message: string; issues: { path: string }[] }
    expect(error.message).toBe(translate('zh-CN', 'quote.errors.estimateFailed'))
    expect(error.message).not.toBe(translate('en', 'quote.errors.estimateFailed'))
    expect(error.issues.map((issue) => issue.path)).toContain('workloads[0].accelerator')
  })

  it('uses the edits stored on the plan, and refuses them located under quote. when invalid', () => {
    // As read from a file: raw data, parsed by the service.
    const stored = {
      ...plan,
      quote: {
        items: [{ id: 'x', category: 'storage', description: 'NAS', quantity: 1, unitPrice: 500 }]
      }
    } as never
    // Not optional: 500 less the 5 % discount = 475 more before tax.
    const base = quoteLinesFor({ plan, locale: 'en' }).totals.subtotal
    expect(quoteLinesFor({ plan: stored, locale: 'en' }).totals.subtotal).toBeCloseTo(base + 475, 6)
    const bad = { ...plan, quote: { paperSize: 'a2' } } as never
    expect(() => quoteLinesFor({ plan: bad, locale: 'en' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_PLAN',
        message: 'The plan has invalid fields.',
        issues: [expect.objectContaining({ path: 'quote.paperSize' })]
      })
    )
  })
})

describe('exportQuoteWorkbook', () => {
  it('gives .xlsx bytes named after the plan in the quote language, with the totals', async () => {
    const output = await exportQuoteWorkbook({
      plan,
      locale: 'en',
      options: { date: '2025-01-02' }
    })
    expect(output.mimeType).toBe(XLSX_MIME)
    expect(output.fileName).toBe('GPU cluster 2025 - Quote.xlsx')
    expect(output.totals).toEqual(quoteLinesFor({ plan, locale: 'en' }).totals)
    const workbook = await readWorkbook(output.bytes)
    expect(workbook.creator).toBe('Compute Planner')
    expect(workbook.created?.toISOString()).toBe('2025-01-02T00:00:00.000Z')
  })

  it('takes the language from the options, else the edits, else the app', async () => {
    const zhEdits = edits({ language: 'zh-CN' })
    const fromEdits = await exportQuoteWorkbook({ plan, locale: 'en', edits: zhEdits })
    expect(fromEdits.fileName).toBe('GPU cluster 2025 - 报价.xlsx')
    const fromOptions = await exportQuoteWorkbook({
      plan,
      locale: 'zh-CN',
      edits: zhEdits,
      options: { language: 'en' }
    })
    expect(fromOptions.fileName).toBe('GPU cluster 2025 - Quote.xlsx')
    const fromApp = await exportQuoteWorkbook({ plan, locale: 'zh-CN' })
    expect(fromApp.fileName).toBe('GPU cluster 2025 - 报价.xlsx')
  })

  it('places a PNG logo from the letterhead on the first sheet, and ignores anything else', async () => {
    const images = async (logo: string) => {
      const output = await exportQuoteWorkbook({
        plan,
        locale: 'en',
        options: { letterhead: { company: 'Acme', logo } }
      })
      const workbook = await readWorkbook(output.bytes)
      return workbook.worksheets[0].getImages().length
    }
    expect(await images(PNG)).toBe(1)
    // A GIF data URL is not a logo the workbook takes (validated upstream; ignored here).
    expect(await images('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBe(0)
  })
})

describe('exportQuoteCsv', () => {
  it('gives UTF-8 CSV with a BOM, the header in the quote language, and the same totals', () => {
    const output = exportQuoteCsv({ plan, locale: 'en' })
    expect(output.mimeType).toBe(CSV_MIME)
    expect(output.fileName).toBe('GPU cluster 2025 - Quote.csv')
    const text = output.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF"')).toBe(true)
    expect(text).toContain('\r\n')
    expect(output.totals).toEqual(quoteLinesFor({ plan, locale: 'en' }).totals)
    const zh = exportQuoteCsv({ plan, locale: 'zh-CN' })
    expect(zh.fileName).toBe('GPU cluster 2025 - 报价.csv')
    expect(zh.bytes.toString('utf8').split('\r\n')[0]).not.toBe(text.split('\r\n')[0])
  })
})

describe('writeQuoteFile', () => {
  it('writes CSV for a .csv path (any case) and a workbook for any other', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-quote-'))
    dirs.push(dir)
    const csvPath = join(dir, 'q.CSV')
    const csv = await writeQuoteFile(csvPath, { plan, locale: 'en' })
    expect(csv.mimeType).toBe(CSV_MIME)
    expect(await readFile(csvPath)).toEqual(csv.bytes)
    const xlsxPath = join(dir, 'q.xlsx')
    const xlsx = await writeQuoteFile(xlsxPath, { plan, locale: 'en' })
    expect(xlsx.mimeType).toBe(XLSX_MIME)
    // A zip package: PK\x03\x04.
    expect((await readFile(xlsxPath)).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]))
  })

  it('refuses a folder that does not exist with an IO error, writing nothing', async () => {
    await expect(
      writeQuoteFile(join(tmpdir(), 'no-such-dir-export-quote', 'q.csv'), { plan, locale: 'en' })
    ).rejects.toMatchObject({ code: 'IO_ERROR' })
  })
})
