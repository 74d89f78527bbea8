/**
 * Issue 19, "Chinese all the way through", in the browser at 1366×768: a template opened in
 * the Chinese UI is named in Chinese, and the derivation drawer shows its formula, units and
 * close button in Chinese (the allow-list is the one of tests/shared/zh-derivation-text.test.ts,
 * shortened to what this plan shows). Screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'zh')

/** Units, precisions and names this plan's drawer may show as written. */
const ALLOWED = new Set(['TOPS', 'INT8', 'GB', 'GiB', 'W', 'kW', 'p', 'Ascend', 'AI'])

function foreignWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
    (word) => word.length > 1 && !ALLOWED.has(word)
  )
}

test.describe('web host: Chinese derivations', () => {
  test('the video template in Chinese: Chinese names, formulas and close button', async ({
    page,
    host,
    pageErrors
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.setViewportSize({ width: 1366, height: 768 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await planner.setLanguage('简体中文')
    await planner.useTemplate('video-analytics-3000')
    await expect(planner.planTitle).toContainText('3000 路视频分析')

    await planner.expectResultsCurrent()
    await planner.explain(planner.figure(0, 'accelerators'))
    const formula = planner.derivationPart('formula')
    await expect(formula).toContainText('向上取整')
    expect(foreignWords(await formula.innerText())).toEqual([])
    await planner.drillInto('acceleratorsBeforeEfficiency')
    await planner.drillInto('streamsPerAccelerator')
    await expect(formula).toHaveText('算力、解码、显存三项上限中最紧的一项')
    await page.screenshot({ path: join(SHOTS, 'derivation-zh-CN-1366.png') })
    const close = planner.derivationPart('close')
    await expect(close).toHaveText('关闭')
    await close.click()
    await expect(planner.derivation).toBeHidden()
    expect(pageErrors).toEqual([])
  })
})
