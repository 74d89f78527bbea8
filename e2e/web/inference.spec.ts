import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const SHOTS = join('test-results', 'screenshots', 'inference')

async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('nav-scenario').click()
  await page.getByTestId(`use-template-${id}`).click()
  const confirm = page.locator('.n-popconfirm .n-button--primary-type')
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await expect(page.getByTestId('step-workloads')).toBeVisible()
}

async function results(page: Page): Promise<void> {
  await page.getByTestId('nav-results').click()
  await expect(page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
}

test.describe('web host: LLM inference results', () => {
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  test('the serving template shows the split, the scale-up domain, per-card memory and the largest batch, in both languages', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await openTemplate(page, 'llm-serving-rate')
    await results(page)
    const card = page.getByTestId('result-card-0')
    // H100 SXM in an HGX server: tensor parallel inside the 8-card NVSwitch domain.
    await expect(page.getByTestId('split-0')).toContainText(/\d+ × \d+ × 1/)
    await expect(page.getByTestId('scale-up-0')).toContainText('NVSwitch')
    await expect(page.getByTestId('card-memory-0')).toContainText('80 GiB = 85.9 GB')
    await expect(card).toContainText('Memory per card')
    await expect(card).toContainText('Largest batch per replica')
    await expect(card).toContainText('Output tokens/s, whole plan')
    await card.screenshot({ path: join(SHOTS, 'serving-en.png') })

    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await expect(page.getByTestId('results-current')).toHaveText('已是最新', { timeout: 30_000 })
    await expect(card).toContainText('每卡显存占用')
    await expect(card).toContainText('单副本最大批量')
    await expect(page.getByTestId('split-0')).toContainText('自动选择')
    await card.screenshot({ path: join(SHOTS, 'serving-zh-CN.png') })
    await page.getByTestId('language-select').selectOption({ label: 'English' })
  })
})
