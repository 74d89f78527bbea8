/**
 * Issue 19, durations in sensible units in the quote workbook's Comparison sheet: the
 * training-time cells stay numbers (sortable, summable) in one unit per group, the unit the
 * group's longest run calls for, named in the header — 2.07 under "训练时长（小时）", not
 * 0.08633 under "训练天数" — and the deadline reasons read in that unit too.
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

/** ResNet-50 × 90 epochs of ImageNet-1k on 8 × 910B: about 2.07 hours (0.0863 days). */
const vision = (deadlineDays: number) =>
  plan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: '视觉训练',
    workloads: [
      {
        id: 'vision-1',
        name: '视觉训练平台',
        kind: 'vision-training',
        accelerator: 'huawei-ascend-910b',
        model: 'resnet50',
        images: 1_281_167,
        epochs: 90,
        accelerators: 8
      }
    ],
    constraints: { deadlineDays },
    compare: { enabled: true, candidates: ['huawei-ascend-910b'] }
  })

async function comparisonSheet(
  language: 'zh-CN' | 'en',
  deadlineDays = 1
): Promise<ExcelJS.Worksheet> {
  const plan = vision(deadlineDays)
  const built = await buildQuoteWorkbook({
    plan,
    estimate: estimatePlan(plan),
    edits: { ...edits(), language },
    language,
    date: '2026-12-05',
    letterhead: { company: '', author: '' }
  })
  const workbook = await readWorkbook(built.bytes)
  const sheet = workbook.worksheets.find(
    (s) => s.name === (language === 'en' ? 'Comparison' : '方案对比')
  )
  if (!sheet)
    throw new Error(`no comparison sheet in ${workbook.worksheets.map((s) => s.name).join(', ')}`)
  return sheet
}

/** The cell under `title` in the first row after the header row that holds it. */
function under(sheet: ExcelJS.Worksheet, title: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (found === undefined && cell.value === title)
        found = sheet.getRow(Number(row.number) + 1).getCell(col)
    })
  })
  return found
}

describe('Comparison sheet: training time in a unit named by its header', () => {
  it.each([
    ['zh-CN', '训练时长（小时）'],
    ['en', 'Training time (h)']
  ] as const)('%s: a 2-hour run is 2.07 under "%s", still a number', async (language, title) => {
    const cell = under(await comparisonSheet(language), title)
    expect(cell, `a column titled ${title}`).toBeDefined()
    expect(typeof cell!.value).toBe('number')
    expect(cell!.value as number).toBeCloseTo(2.07, 2)
  })

  it('zh-CN: the deadline reason reads in hours', async () => {
    const texts: string[] = []
    ;(await comparisonSheet('zh-CN', 0.05)).eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value)
      })
    )
    expect(texts.join('\n')).not.toContain('训练天数')
    expect(texts.some((text) => text.includes('需 2.1 小时 > 工期 0.05 天'))).toBe(true)
    expect(texts.join('\n')).not.toMatch(/0\.0\d+ 天 >/)
  })
})
