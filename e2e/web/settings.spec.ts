/**
 * The settings screen end to end on the web host (issue 19: company, logo, buyer and supplier
 * had no screen): fill it, see a located refusal, save through main, reload, export a quote
 * and read the buyer and supplier blocks back from the .xlsx. Screenshots in both languages
 * and themes (test-results/screenshots/settings/).
 */
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { PlannerPage } from '../support/planner-page'
import { test, expect } from './fixtures'

const SHOTS = join('test-results', 'screenshots', 'settings')

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

const SETTINGS = {
  companyName: '北京算力科技有限公司',
  authorName: '王工',
  'buyer.company': '上海某某大学',
  'buyer.address': '上海市闵行区东川路 800 号',
  'buyer.taxId': '91350100M000100Y43',
  'buyer.bank': '中国工商银行上海分行',
  'buyer.account': '1001 2345 6789 0123',
  // Text that looks like a formula stays text in the workbook.
  'buyer.contact': '=HYPERLINK("http://example.com","张老师")',
  'buyer.phone': '021-3420 6000转123',
  'supplier.taxId': '91440300708461136T',
  'supplier.contact': '李工',
  'supplier.phone': '+86 10 8888 6666',
  validityDays: '45',
  delivery: '合同签订后 8 周内到货',
  payment: '预付 30%，验收后 70%'
}

/** The value right of a label on a sheet (the next non-empty cell of its row). */
function valueRightOf(sheet: ExcelJS.Worksheet, label: string, nth: number): unknown {
  const found: { row: number; col: number }[] = []
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, col) => {
      if (cell.value === label) found.push({ row: rowNumber, col })
    })
  )
  const at = found[nth]
  if (!at) throw new Error(`no label ${label} (${nth}) on ${sheet.name}`)
  const row = sheet.getRow(at.row)
  for (let col = at.col + 1; col <= row.cellCount; col++) {
    const value = row.getCell(col).value
    if (value !== null && value !== undefined) return value
  }
  return undefined
}

test.describe('web host: settings screen', () => {
  // Many fields, a reload and an export on a shared 2-core machine.
  test.setTimeout(180_000)

  test('fill, refuse a mistyped tax ID with its place, save, reload, export: the quote carries the parties', async ({
    page,
    host
  }) => {
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.openSettings()
    await planner.fillSettings(SETTINGS)
    await planner.chooseLogo({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: PNG
    })
    await expect(planner.logoPreview).toBeVisible()

    // A GIF is refused beside the field, and the chosen PNG stays.
    await planner.chooseLogo({
      name: 'anim.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a\x01\x00\x01\x00')
    })
    await expect(page.getByText('anim.gif is not a PNG or JPEG image.')).toBeVisible()
    await expect(planner.logoPreview).toBeVisible()

    // One character mistyped in the supplier's credit code: not saved, the place is named.
    await planner.settingsField('supplier.taxId').fill('91440300708461136X')
    await expect(await planner.saveSettingsRefused()).toContainText(
      'Supplier (your company) › Tax ID: the last character of an 18-character credit code should be T, not X'
    )
    await planner.settingsField('supplier.taxId').fill(SETTINGS['supplier.taxId'])
    await planner.saveSettings()

    // Main saved it: a reload reads the same values back from the host.
    await page.reload()
    await planner.openSettings()
    for (const [path, value] of Object.entries(SETTINGS))
      await expect(planner.settingsField(path), path).toHaveValue(value)
    await expect(planner.logoPreview).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'settings-en-light.png') })

    await planner.useTemplate('llm-serving-rate')
    const file = await planner.exportQuote()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const quote = workbook.getWorksheet('Quote')!
    // Buyer first, supplier second; the supplier's company is the letterhead's.
    expect(valueRightOf(quote, 'Company', 0)).toBe('上海某某大学')
    expect(valueRightOf(quote, 'Company', 1)).toBe('北京算力科技有限公司')
    expect(valueRightOf(quote, 'Address', 0)).toBe('上海市闵行区东川路 800 号')
    expect(valueRightOf(quote, 'Tax ID', 0)).toBe('91350100M000100Y43')
    expect(valueRightOf(quote, 'Tax ID', 1)).toBe('91440300708461136T')
    expect(valueRightOf(quote, 'Bank', 0)).toBe('中国工商银行上海分行')
    expect(valueRightOf(quote, 'Account No.', 0)).toBe('1001 2345 6789 0123')
    expect(valueRightOf(quote, 'Contact', 0)).toBe(SETTINGS['buyer.contact'])
    expect(valueRightOf(quote, 'Contact', 1)).toBe('李工')
    expect(valueRightOf(quote, 'Phone', 1)).toBe('+86 10 8888 6666')
    expect(String(valueRightOf(quote, 'Valid until', 0))).toMatch(/^45 days/)
    expect(valueRightOf(quote, 'Delivery', 0)).toBe('合同签订后 8 周内到货')
    expect(valueRightOf(quote, 'Payment terms', 0)).toBe('预付 30%，验收后 70%')
    // The logo travelled into the workbook.
    expect((workbook.model as { media?: unknown[] }).media?.length ?? 0).toBeGreaterThan(0)
  })

  test('the screen in Chinese and in the dark theme; removing the logo', async ({ page, host }) => {
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.setLanguage('简体中文')
    await planner.setTheme('dark')
    await planner.openSettings()
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
    await planner.fillSettings({ ...SETTINGS, 'buyer.phone': '电话', validityDays: '0' })
    await planner.chooseLogo({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: PNG
    })
    const problems = await planner.saveSettingsRefused()
    await expect(problems).toContainText('需方（客户） › 电话')
    await expect(problems).toContainText('报价默认值 › 报价有效期：必须在 1 到 3650 之间')
    await page.screenshot({ path: join(SHOTS, 'settings-zh-CN-dark-errors.png') })

    await planner.settingsField('buyer.phone').fill('021-3420 6000')
    await planner.settingsField('validityDays').fill('30')
    await planner.removeLogo()
    await expect(planner.logoPreview).toHaveCount(0)
    await planner.saveSettings()
    const saved = await page.request.post(`${host.origin}/api/settings.get`, {
      headers: { 'X-Compute-Planner-Token': host.token },
      data: {}
    })
    const body = (await saved.json()) as {
      data: {
        settings: { companyLogo: string | null; procurement: { buyer?: { phone?: string } } }
      }
    }
    expect(body.data.settings.companyLogo).toBeNull()
    expect(body.data.settings.procurement.buyer?.phone).toBe('021-3420 6000')
    await page.screenshot({ path: join(SHOTS, 'settings-zh-CN-dark.png') })
    await planner.setTheme('light')
    await page.screenshot({ path: join(SHOTS, 'settings-zh-CN-light.png') })
    await planner.setLanguage('English')
    await planner.setTheme('dark')
    await page.screenshot({ path: join(SHOTS, 'settings-en-dark.png') })
  })
})
