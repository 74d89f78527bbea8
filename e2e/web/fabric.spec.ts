/**
 * The compute fabric figure on Results (issue 15): a training plan draws its leaf/spine fabric
 * with counts; clicking a count opens its derivation in the panel; the figure reads in light
 * and dark themes, in English and Chinese (screenshots under test-results/screenshots/fabric).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const SHOTS = join('test-results', 'screenshots', 'fabric')

async function openPlan(page: Page, accelerators: number): Promise<void> {
  const plan = {
    format: 'compute-planner/plan',
    version: 1,
    name: 'Fabric e2e',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-70b',
        tokens: 2e12,
        accelerators
      }
    ],
    settings: { currency: 'CNY', taxRate: 0.13 }
  }
  const chooserOpened = page.waitForEvent('filechooser')
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+o' : 'Control+o')
  await (
    await chooserOpened
  ).setFiles({
    name: 'fabric.cplan',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan))
  })
  await expect(page).toHaveTitle(/^fabric — /)
  await page.getByTestId('nav-results').click()
}

test.describe('web host: compute fabric figure', () => {
  test('a count in the figure opens its derivation; light/dark, en/zh-CN', async ({
    page,
    host
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
    await openPlan(page, 256)

    const figure = page.getByTestId('fabric-topology')
    await expect(figure).toBeVisible()
    await expect(figure.getByTestId('fabric-count-leaves')).toHaveText('16 leaf switches')
    await expect(figure.getByTestId('fabric-count-spines')).toHaveText('8 spine switches')
    await figure.screenshot({ path: join(SHOTS, 'light-en.png') })
    // The per-accelerator breakdown (issue 19) sits above it; its total equals the summary.
    const breakdown = page.getByTestId('accelerator-breakdown')
    await expect(breakdown.getByTestId('by-accelerator-total')).toContainText('256')
    await breakdown.screenshot({ path: join(SHOTS, 'breakdown-light-en.png') })

    await figure.getByTestId('fabric-count-spines').click()
    const panel = page.getByTestId('derivation-panel')
    await expect(panel).toBeVisible()
    await expect(panel.getByTestId('derivation-value')).toContainText('8')
    await expect(panel.getByTestId('derivation-formula')).toContainText(/leaf/i)
    await panel.screenshot({ path: join(SHOTS, 'derivation-spines-en.png') })
    await page.getByTestId('derivation-close').click()
    await expect(panel).toBeHidden()

    // Keyboard: a count is a focusable button.
    await figure.getByTestId('fabric-count-leaves').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('derivation-value')).toContainText('16')
    await page.getByTestId('derivation-close').click()

    await page.getByTestId('theme-select').selectOption('dark')
    await figure.screenshot({ path: join(SHOTS, 'dark-en.png') })
    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await expect(figure.getByTestId('fabric-count-leaves')).toHaveText('叶交换机 16 台')
    await figure.screenshot({ path: join(SHOTS, 'dark-zh-CN.png') })
    await breakdown.screenshot({ path: join(SHOTS, 'breakdown-dark-zh-CN.png') })
    await page.getByTestId('theme-select').selectOption('light')
    await figure.screenshot({ path: join(SHOTS, 'light-zh-CN.png') })
    await page.getByTestId('language-select').selectOption({ label: 'English' })
  })

  test('a 1,024-server fabric draws three tiers with totals', async ({ page, host }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
    await openPlan(page, 8192)
    const figure = page.getByTestId('fabric-topology')
    await expect(figure.getByTestId('fabric-count-cores')).toBeVisible()
    await figure.screenshot({ path: join(SHOTS, 'large-light-en.png') })
    await figure.getByTestId('fabric-count-cores').click()
    await expect(page.getByTestId('derivation-panel')).toBeVisible()
    await expect(page.getByTestId('derivation-label')).not.toBeEmpty()
  })
})
