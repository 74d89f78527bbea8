/**
 * Issue 19, "card names in zh-CN", in the browser at 1366×768: the Hardware step and the
 * Results cards name a domestic card by its vendor's Chinese name in the Chinese UI, and by
 * its English name in the English one. Screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'catalog-names')
const ZH_SEED = '样例文章推理卡：昇腾，88 TOPS INT8（目标与行为分析）'
const EN_SEED = 'Seed article inference card: Ascend-based, 88 TOPS INT8'

test.describe('web host: card names in Chinese', () => {
  test('the video template names its Ascend card in Chinese, then in English', async ({
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

    await planner.goTo('hardware')
    await expect(planner.hardwareSpec(0)).toContainText(ZH_SEED)
    await expect(planner.hardwareSelect(0)).toContainText(ZH_SEED)
    // The picker lists the domestic cards by their Chinese names.
    await planner.hardwareSelect(0).click()
    await page.keyboard.type('思元590')
    await expect(page.locator('.n-base-select-option', { hasText: '寒武纪 思元590' })).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'hardware-zh-CN-1366.png') })
    await page.keyboard.press('Escape')

    await planner.expectResultsCurrent()
    await expect(planner.resultCard(0)).toContainText(ZH_SEED)
    await page.screenshot({ path: join(SHOTS, 'results-zh-CN-1366.png') })

    await planner.setLanguage('English')
    await expect(planner.resultCard(0)).toContainText(EN_SEED)
    await expect(planner.resultCard(0)).not.toContainText('样例文章')
    await planner.goTo('hardware')
    await expect(planner.hardwareSpec(0)).toContainText(EN_SEED)
    await page.screenshot({ path: join(SHOTS, 'hardware-en-1366.png') })
    expect(pageErrors).toEqual([])
  })
})
