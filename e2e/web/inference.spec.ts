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

  test('the workload form sets the weight format, the framework and a forced split; Results follow', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await openTemplate(page, 'llm-serving-rate')
    await page.getByTestId('wl-0-quantization-select').click()
    await page.locator('.n-base-select-option').getByText('W8A8 (INT8 compute)').click()
    // W8A8 stores INT8 weights: the weight precision must say so.
    await page.getByTestId('wl-0-weightPrecision-select').click()
    await page.locator('.n-base-select-option').getByText('INT8', { exact: true }).click()
    await page.getByTestId('wl-0-framework-select').click()
    await page.locator('.n-base-select-option').getByText('vLLM').click()
    await page.getByTestId('wl-0-tensor-input').locator('input').fill('8')
    await page.getByTestId('wl-0-pipeline-input').locator('input').fill('1')
    await page.getByTestId('wl-0-pipeline-input').locator('input').press('Tab')
    await page.getByTestId('step-workloads').screenshot({ path: join(SHOTS, 'knobs-en.png') })
    await results(page)
    await expect(page.getByTestId('split-0')).toContainText('8 × 1 × 1')
    await expect(page.getByTestId('split-0')).toContainText('as set')
    await expect(page.getByTestId('fig-0-acceleratorsPerReplica')).toContainText('8')

    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await page.getByTestId('nav-workloads').click()
    await expect(page.getByTestId('step-workloads')).toContainText('权重格式')
    await expect(page.getByTestId('step-workloads')).toContainText('张量并行')
    await page.getByTestId('step-workloads').screenshot({ path: join(SHOTS, 'knobs-zh-CN.png') })
    await page.getByTestId('language-select').selectOption({ label: 'English' })
  })
})
