/**
 * The compute fabric figure on Results (issue 15): a training plan draws its leaf/spine fabric
 * with counts; clicking a count opens its derivation in the panel; the figure reads in light
 * and dark themes, in English and Chinese (screenshots under test-results/screenshots/fabric).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'fabric')

async function openPlan(planner: PlannerPage, accelerators: number): Promise<void> {
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
  await planner.openFile({
    name: 'fabric.cplan',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan))
  })
  await expect(planner.page).toHaveTitle(/^fabric — /)
  await planner.goTo('results')
}

test.describe('web host: compute fabric figure', () => {
  test('a count in the figure opens its derivation; light/dark, en/zh-CN', async ({
    page,
    host
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await openPlan(planner, 256)

    const figure = planner.fabric
    await expect(figure).toBeVisible()
    await expect(planner.fabricCount('leaves')).toHaveText('16 leaf switches')
    await expect(planner.fabricCount('spines')).toHaveText('8 spine switches')
    await figure.screenshot({ path: join(SHOTS, 'light-en.png') })
    // The per-accelerator breakdown (issue 19) sits above it; its total equals the summary.
    const breakdown = planner.acceleratorBreakdown
    await expect(planner.acceleratorBreakdownTotal).toContainText('256')
    await breakdown.screenshot({ path: join(SHOTS, 'breakdown-light-en.png') })

    await planner.fabricCount('spines').click()
    const panel = planner.derivation
    await expect(panel).toBeVisible()
    await expect(planner.derivationPart('value')).toContainText('8')
    await expect(planner.derivationPart('formula')).toContainText(/leaf/i)
    await panel.screenshot({ path: join(SHOTS, 'derivation-spines-en.png') })
    await planner.derivationPart('close').click()
    await expect(panel).toBeHidden()

    // Keyboard: a count is a focusable button.
    await planner.fabricCount('leaves').focus()
    await page.keyboard.press('Enter')
    await expect(planner.derivationPart('value')).toContainText('16')
    await planner.derivationPart('close').click()

    await planner.setTheme('dark')
    await figure.screenshot({ path: join(SHOTS, 'dark-en.png') })
    await planner.setLanguage('简体中文')
    await expect(planner.fabricCount('leaves')).toHaveText('叶交换机 16 台')
    await figure.screenshot({ path: join(SHOTS, 'dark-zh-CN.png') })
    await breakdown.screenshot({ path: join(SHOTS, 'breakdown-dark-zh-CN.png') })
    await planner.setTheme('light')
    await figure.screenshot({ path: join(SHOTS, 'light-zh-CN.png') })
    await planner.setLanguage('English')
  })

  test('a 1,024-server fabric draws three tiers with totals', async ({ page, host }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await openPlan(planner, 8192)
    const figure = planner.fabric
    await expect(planner.fabricCount('cores')).toBeVisible()
    await figure.screenshot({ path: join(SHOTS, 'large-light-en.png') })
    await planner.fabricCount('cores').click()
    await expect(planner.derivation).toBeVisible()
    await expect(planner.derivationPart('label')).not.toBeEmpty()
  })
})
