/**
 * Issue 19, "Chinese all the way through", walked as the planner does: entirely in the
 * Chinese UI at 1366×768, one cluster on domestic NPUs for city video analytics (5,000
 * streams, Atlas 300I Duo), a private Qwen2.5-72B deployment for 200 users (Ascend 910B) and
 * a vision training platform (Ascend 910B), to an exported Chinese quote. The workbook is read
 * back: no Latin-script word outside product and model names in any sheet, and its
 * recommendation names the hardware the quote buys. Screenshots of every step for a person to
 * look at (test-results/screenshots/zh-mixed).
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'
import { latinWordsOutsideNames } from '../support/latin-words'

const SHOTS = join('test-results', 'screenshots', 'zh-mixed')

/** The ids the app gives the three workloads (identifiers, shown beside the names). */
const WORKLOAD_IDS = ['video-1', 'serve-1', 'vision-1']

/**
 * Columns whose cells are identifiers or citations: defined names (名称 on the Assumptions
 * sheet, 步骤 on the Sizing sheet), catalog ids (标识), and sources quoted as published
 * (出处, 价格出处: a citation is not translated, as a product name is not).
 */
const VERBATIM_COLUMNS = new Set(['名称', '步骤', '标识', '出处', '价格出处'])
const HEADERS = new Set([...VERBATIM_COLUMNS, '项目', '说明', '单位', '数值'])

/** Every text a reader reads in `sheet`, without verbatim columns, defined names and ids. */
function readableTexts(sheet: ExcelJS.Worksheet, ids: readonly string[]): string[] {
  const texts: string[] = []
  let verbatim = new Set<number>()
  sheet.eachRow((row) => {
    const cells: { col: number; text: string }[] = []
    row.eachCell((cell, col) => {
      const value = cell.value
      if (typeof value === 'string') cells.push({ col, text: value })
      else if (value && typeof value === 'object' && 'richText' in value)
        cells.push({ col, text: value.richText.map((run) => run.text).join('') })
    })
    // A header row (two or more known headers) sets the verbatim columns below it.
    if (cells.filter((cell) => HEADERS.has(cell.text)).length >= 2)
      verbatim = new Set(cells.filter((c) => VERBATIM_COLUMNS.has(c.text)).map((c) => c.col))
    for (const { col, text } of cells) {
      if (verbatim.has(col) && !HEADERS.has(text)) continue
      let readable = text
        .replace(/\b(?:Plan|Quote|T|[WGC]\d+)_[A-Za-z0-9_]+\b/g, ' ')
        .replace(/\bCP-\d{8}-[0-9A-F]{6}\b/g, ' ')
        // A part's price source in the Notes column, labelled 价格出处: a citation, as above.
        .replace(/价格出处：[^；]*/g, ' ')
      for (const id of ids) readable = readable.split(id).join(' ')
      texts.push(readable)
    }
  })
  return texts
}

test.describe('web host: the mixed plan in Chinese', () => {
  test('video + Qwen2.5-72B + vision training on Ascend → a Chinese quote', async ({
    page,
    host,
    pageErrors
  }) => {
    test.setTimeout(240_000)
    mkdirSync(SHOTS, { recursive: true })
    const shot = (name: string) =>
      page.screenshot({ path: join(SHOTS, `${name}-zh-CN-1366.png`), fullPage: true })
    await page.setViewportSize({ width: 1366, height: 768 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.setLanguage('简体中文')
    await shot('01-scenario')
    await planner.startBlank('省级算力平台')

    await planner.goTo('workloads')
    await planner.addWorkload('video-analytics')
    await planner.fillNumber('wl-0-streams', '5000')
    await planner.nameWorkload(0, '城市视频分析')
    await shot('02-video')

    await planner.addWorkload('llm-inference')
    await planner.expandWorkload(1)
    await planner.chooseOption('wl-1-model-select', 'Qwen2.5-72B')
    await planner.fillNumber('wl-1-concurrency', '200')
    await planner.nameWorkload(1, '私有大模型')
    await shot('03-llm')

    await planner.addWorkload('vision-training')
    await planner.expandWorkload(2)
    await planner.nameWorkload(2, '视觉训练平台')
    await shot('04-training')

    await planner.goTo('hardware')
    // The Chinese UI lists cards by their catalog Chinese names.
    await planner.chooseOption('hw-0-select', 'Atlas 300I Duo')
    await planner.chooseOption('hw-1-select', '昇腾 910B（')
    await planner.chooseOption('hw-2-select', '昇腾 910B（')
    // Compare candidates, so the workbook's Summary carries a recommendation to check.
    await planner.toggleCompare()
    await shot('05-hardware')

    await planner.goTo('costs')
    await shot('06-costs')

    await planner.expectResultsCurrent()
    await shot('07-results')

    await planner.goTo('quote')
    await shot('08-quote')
    // The Quote step names servers and cluster parts in Chinese, as the workbook does.
    const lineTexts = await planner.quoteLines
      .locator(':is(input, textarea)')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(lineTexts).toContain('机柜 PDU（计算机柜）：机柜 PDU 三相 32 A（约 22 kW）')
    expect(lineTexts.some((text) => text.startsWith('华为 Atlas 800 推理服务器'))).toBe(true)
    const workbookPath = await planner.exportQuote()
    copyFileSync(workbookPath, join(SHOTS, 'quote-zh-CN.xlsx'))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(workbookPath)
    const foreign: Record<string, string[]> = {}
    for (const sheet of workbook.worksheets) {
      const words = latinWordsOutsideNames(
        [sheet.name, ...readableTexts(sheet, WORKLOAD_IDS)].join('\n')
      )
      if (words.length > 0) foreign[sheet.name] = [...new Set(words)]
    }
    expect(foreign, 'Latin-script words outside names, by sheet').toEqual({})

    // The recommendation and the quote agree: for every workload the Summary names the card
    // it recommends, and either the quote prices that card or the Summary says, next to it,
    // which card the quote prices instead (and that card is on the quote).
    const summary = workbook.getWorksheet('汇总')!
    const summaryTexts: string[] = []
    summary.eachRow((row) => {
      const value = row.getCell(1).value
      if (typeof value === 'string') summaryTexts.push(value)
    })
    const quotedCards = quoteAcceleratorNames(workbook.getWorksheet('报价单')!)
    expect(quotedCards.sort()).toEqual(
      ['Atlas 300I Duo 推理卡（2 × 昇腾 310P3）', '昇腾 910B（通用口径）'].sort()
    )
    for (const workload of ['城市视频分析', '私有大模型', '视觉训练平台']) {
      const recommended = summaryTexts
        .map((text) => new RegExp(`^(.+) 是满足 ${workload} 全部指标`).exec(text)?.[1])
        .find((name) => name !== undefined)
      expect(recommended, `a recommendation for ${workload}`).toBeDefined()
      if (quotedCards.includes(recommended!)) continue
      const note = summaryTexts
        .map((text) =>
          new RegExp(`^报价单为 ${workload} 报的是 (.+)（方案所选），而非推荐的 (.+)：`).exec(text)
        )
        .find((match) => match !== null)
      expect(
        note,
        `the Summary says the quote for ${workload} is not the recommendation`
      ).toBeDefined()
      expect(note![2]).toBe(recommended)
      expect(quotedCards).toContain(note![1])
    }
    expect(pageErrors).toEqual([])
  })
})

/** The accelerator lines of the Quote sheet, by card name ("<name> 加速卡" in 名称与说明). */
function quoteAcceleratorNames(sheet: ExcelJS.Worksheet): string[] {
  const names: string[] = []
  sheet.eachRow((row) => {
    const category = row.getCell(2).value
    const description = row.getCell(3).value
    if (category === '加速卡' && typeof description === 'string')
      names.push(description.replace(/ 加速卡$/, ''))
  })
  return names
}
