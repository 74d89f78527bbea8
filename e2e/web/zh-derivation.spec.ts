/**
 * Issue 19, "Chinese all the way through", in the browser at 1366×768: a template opened in
 * the Chinese UI is named in Chinese, and the derivation drawer shows its formula, units and
 * close button in Chinese (the allow-list is the one of tests/shared/zh-derivation-text.test.ts,
 * shortened to what this plan shows). Screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'

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
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await page.getByTestId('use-template-video-analytics-3000').click()
    await expect(page.getByTestId('step-workloads')).toBeVisible()
    await expect(page.getByTestId('plan-title')).toContainText('3000 路视频分析')

    await page.getByTestId('nav-results').click()
    await expect(page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
    await page.getByTestId('fig-0-accelerators').getByRole('button').click()
    const formula = page.getByTestId('derivation-formula')
    await expect(formula).toContainText('向上取整')
    expect(foreignWords(await formula.innerText())).toEqual([])
    await page.getByTestId('drill-acceleratorsBeforeEfficiency').click()
    await page.getByTestId('drill-streamsPerAccelerator').click()
    await expect(formula).toHaveText('算力、解码、显存三项上限中最紧的一项')
    await page.screenshot({ path: join(SHOTS, 'derivation-zh-CN-1366.png') })
    const close = page.getByTestId('derivation-close')
    await expect(close).toHaveText('关闭')
    await close.click()
    await expect(page.getByTestId('derivation-panel')).toBeHidden()
    expect(pageErrors).toEqual([])
  })
})
