/**
 * Issue 19, "card names in zh-CN", in the browser at 1366×768: the Hardware step and the
 * Results cards name a domestic card by its vendor's Chinese name in the Chinese UI, and by
 * its English name in the English one. Screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'

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
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await page.getByTestId('use-template-video-analytics-3000').click()
    await expect(page.getByTestId('step-workloads')).toBeVisible()

    await page.getByTestId('nav-hardware').click()
    await expect(page.getByTestId('hw-0-spec')).toContainText(ZH_SEED)
    await expect(page.getByTestId('hw-0-select')).toContainText(ZH_SEED)
    // The picker lists the domestic cards by their Chinese names.
    await page.getByTestId('hw-0-select').click()
    await page.keyboard.type('思元590')
    await expect(page.locator('.n-base-select-option', { hasText: '寒武纪 思元590' })).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'hardware-zh-CN-1366.png') })
    await page.keyboard.press('Escape')

    await page.getByTestId('nav-results').click()
    await expect(page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId('result-card-0')).toContainText(ZH_SEED)
    await page.screenshot({ path: join(SHOTS, 'results-zh-CN-1366.png') })

    await page.getByTestId('language-select').selectOption({ label: 'English' })
    await expect(page.getByTestId('result-card-0')).toContainText(EN_SEED)
    await expect(page.getByTestId('result-card-0')).not.toContainText('样例文章')
    await page.getByTestId('nav-hardware').click()
    await expect(page.getByTestId('hw-0-spec')).toContainText(EN_SEED)
    await page.screenshot({ path: join(SHOTS, 'hardware-en-1366.png') })
    expect(pageErrors).toEqual([])
  })
})
