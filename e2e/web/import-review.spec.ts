/**
 * Issue 13: the import review shows every parsed figure, editable before commit, with which
 * figures come from the sheet and which from the matched catalog card; "My hardware" is a
 * full editable spec grid with undo. A messy Chinese workbook (title row, Chinese vendors,
 * units and 万元 in cells, a tax-inclusive price column) goes through the whole path.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'import-review')

async function messyChineseWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('算力卡清单')
  sheet.addRow(['2026年 算力卡库存（采购部）']) // 1
  sheet.addRow([
    '厂商',
    '型号',
    '显存',
    '显存带宽',
    'FP16 算力',
    'BF16',
    'FP8 算力',
    'INT8',
    '功耗',
    '含税单价（万元）',
    '数量',
    '备注'
  ]) // 2
  sheet.addRow([
    '英伟达',
    'H20',
    '96GB',
    '4.0 TB/s',
    148,
    148,
    296,
    296,
    '400W',
    12.5,
    '8台',
    '一期'
  ]) // 3
  sheet.addRow([
    '昇腾',
    'Ascend 910B',
    '64 GB',
    '1.6TB/s',
    320,
    320,
    null,
    640,
    '400 W',
    9.8,
    16,
    null
  ]) // 4
  sheet.addRow([
    '某厂',
    'XPU-9000 加速卡',
    '32GB',
    '800 GB/s',
    100,
    null,
    null,
    200,
    '300W',
    3,
    2,
    '未在目录'
  ]) // 5
  sheet.mergeCells('A1:L1')
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

// The web host (and its hardware library) is shared by every spec of the worker: leave it empty.
test.afterEach(async ({ request, host }) => {
  const cleared = await request.post(`${host.origin}/api/inventory.save`, {
    headers: { 'X-Compute-Planner-Token': host.token },
    data: { request: { entries: [] } }
  })
  expect(cleared.ok(), 'empty the hardware library').toBe(true)
})

test('imports a messy Chinese workbook, edits a parsed figure in the review, commits, edits the grid', async ({
  page,
  host
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.importSpreadsheet({
    name: '算力卡清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await messyChineseWorkbook()
  })
  const review = await planner.startImport()

  // Every parsed figure is shown before commit: 4.0 TB/s → 4000 GB/s, 12.5万 → 125000 CNY incl. VAT.
  await expect(planner.reviewCell(3, 'vendor')).toHaveValue('NVIDIA')
  await expect(planner.reviewCell(3, 'memoryBandwidthGBs')).toHaveValue('4000')
  await expect(planner.reviewCell(3, 'fp8Tflops')).toHaveValue('296')
  await expect(planner.reviewCell(3, 'tdpW')).toHaveValue('400')
  await expect(planner.reviewCell(3, 'quantityOnHand')).toHaveValue('8')
  await expect(planner.reviewCell(3, 'price')).toHaveValue('125000')
  await expect(planner.reviewCell(3, 'currency')).toHaveValue('CNY')
  await expect(planner.reviewCell(3, 'taxIncluded')).toHaveAttribute('aria-checked', 'true')

  // Which is which: the matched card's architecture is named; the unmatched card is flagged.
  const h20Notes = review.locator('tr.notes[data-row="3"]')
  await expect(h20Notes).toContainText('hopper')
  await expect(review.locator('tr.notes[data-row="5"]')).toContainText('No catalog card matched')

  // A wrong figure is refused in words with the field's label; a right one is taken.
  await planner.typeInCell(planner.reviewCell(3, 'fp16Tflops'), 'abc')
  await expect(review.getByRole('alert')).toHaveText('FP16 (TFLOPS): "abc" is not a number.')
  await planner.typeInCell(planner.reviewCell(3, 'fp16Tflops'), '150')
  await expect(review.getByRole('alert')).toHaveCount(0)
  await expect(planner.reviewCell(3, 'fp16Tflops')).toHaveValue('150')

  await page.screenshot({ path: join(SHOTS, 'review-en.png'), fullPage: true })
  await planner.setLanguage('简体中文')
  await expect(h20Notes).toContainText('来自目录中的')
  await page.screenshot({ path: join(SHOTS, 'review-zh-CN.png'), fullPage: true })
  await planner.setLanguage('English')

  await planner.commitImport()
  await expect(page.getByText(/\d+ added, \d+ updated, \d+ skipped\./)).toBeVisible()

  // My hardware has the edited figure, and every field is a cell of the grid.
  await expect(await planner.libraryCell('H20', 'fp16Tflops')).toHaveValue('150')
  await expect(await planner.libraryCell('H20', 'memoryBandwidthGBs')).toHaveValue('4000')
  const tdp = await planner.libraryCell('H20', 'tdpW')
  await planner.typeInCell(tdp, '350')
  await expect(tdp).toHaveValue('350')
  await planner.undoLibraryEdit()
  await expect(tdp).toHaveValue('400')
  await planner.redoLibraryEdit()
  await expect(tdp).toHaveValue('350')
  await planner.typeInCell(await planner.libraryCell('H20', 'quantityOnHand'), '-5')
  await expect(planner.library.getByRole('alert')).toHaveText(
    'Quantity on hand cannot be negative ("-5").'
  )
  await planner.saveLibrary()
  await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'grid-en.png'), fullPage: true })
  await planner.setLanguage('简体中文')
  await page.screenshot({ path: join(SHOTS, 'grid-zh-CN.png'), fullPage: true })
  await planner.setLanguage('English')
})

test('the Choose file button is reachable by keyboard and the filter switch words toggle it', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.openInventory()
  const choose = planner.chooseSpreadsheetButton
  await choose.focus()
  await expect(choose).toBeFocused()
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Enter')
  await chooser

  await planner.goTo('hardware')
  const priced = page.getByRole('switch', { name: 'with a known price', exact: false })
  await expect(priced).not.toBeChecked()
  await page.getByText('with a known price').click()
  await expect(priced).toBeChecked()
})

test('the planner picks the CSV encoding in the review and the file is read again with it', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  // What Western Excel saves: Windows-1252, "é" is one byte (0xE9), "£" is 0xA3.
  const csv = Buffer.from(
    'Vendor,Model,Memory,Qty,Notes\r\nNVIDIA,Café L40S,48GB,2,£12000\r\n',
    'latin1'
  )
  await planner.importSpreadsheet({ name: 'western.csv', mimeType: 'text/csv', buffer: csv })
  const detected = planner.importEncodingDetected
  await expect(detected).toContainText('Detected:')
  const preview = planner.importPreview
  await planner.chooseImportEncoding('GB18030')
  await expect(preview).not.toContainText('Café L40S')
  await planner.chooseImportEncoding('Windows-1252')
  await expect(preview).toContainText('Café L40S')
})

test('a switch and optics price list imports into the plan price book, every row accounted', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  const csv = [
    '型号,类别,含税单价,币种,来源,日期',
    'NVIDIA QM9700,交换机,"¥1,250,000",CNY,某代理报价,2026-03-01',
    'OSFP 2x400G SR8,光模块,8500,CNY,代理报价,2026-03-01',
    '某品牌 机箱,机柜,3000,CNY,,'
  ].join('\r\n')
  await planner.importSpreadsheet({
    name: '网络报价.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8')
  })
  await planner.startImport()
  await planner.addPriceList()
  await expect(
    page.getByText("2 prices added to the plan's price book; 1 of 3 rows reported below.")
  ).toBeVisible()
  await expect(planner.priceListReported).toContainText(
    '4: 某品牌 机箱 names no part of the network catalog'
  )
  await page.screenshot({ path: join(SHOTS, 'price-list-en.png'), fullPage: true })

  const saved = JSON.parse(readFileSync(await planner.save(), 'utf8'))
  expect(saved.priceBook).toEqual([
    {
      partId: 'nvidia-qm9700',
      price: { amount: 1250000, currency: 'CNY', date: '2026-03-01', source: '某代理报价' },
      taxIncluded: true
    },
    {
      partId: 'osfp-2x400g-sr8',
      price: { amount: 8500, currency: 'CNY', date: '2026-03-01', source: '代理报价' },
      taxIncluded: true
    }
  ])
})
