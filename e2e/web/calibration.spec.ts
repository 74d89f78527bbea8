/**
 * Issue 16, "Calibrate": a planner loads a small measurements sheet for a training workload,
 * sees the fit and its residuals, uses the calibration, and the results move to the measured
 * throughput; the derivation names the profile. Both languages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'calibration')

/** Two runs measured on 8 × A100 80GB with Llama-2-7B at 4k, one bad row. */
function measurementsSheet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-e2e-calibration-'))
  const path = join(dir, 'our-a100-runs.csv')
  writeFileSync(
    path,
    [
      'kind,accelerator,model,cards,sequence length,tokens/s per card',
      'training,nvidia-a100-sxm4-80gb,llama-2-7b,8,4096,2400',
      'training,nvidia-a100-sxm4-80gb,llama-2-7b,8,4096,2600',
      'training,nvidia-a100-sxm4-80gb,llama-2-7b,8,4096,fast'
    ].join('\n'),
    'utf8'
  )
  return path
}

async function figure(page: Page, field: string): Promise<number> {
  const text = (await page.getByTestId(`fig-0-${field}`).first().innerText()).replace(/,/g, '')
  const match = /[\d.]+/.exec(text)
  if (!match) throw new Error(`no number in ${field}: ${text}`)
  return Number(match[0])
}

test.describe('web host: calibrate from measurements', () => {
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  test('a measurements sheet fits the MFU, shows residuals, and moves the results', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.startBlank('Calibrated training')
    await planner.goTo('workloads')
    await planner.addWorkload('llm-training')
    // The measured job: Llama-2-7B on 8 × A100 80GB at 4k tokens.
    await page.getByTestId('wl-0-sizing-accelerators').click()
    await page.getByTestId('wl-0-accelerators-input').locator('input').fill('8')
    await page.getByTestId('wl-0-accelerators-input').locator('input').press('Tab')
    await planner.expectResultsCurrent()
    const daysBefore = await figure(page, 'days')
    const mfuBefore = await figure(page, 'achievedMfu')

    await planner.goTo('workloads')
    const panel = page.getByTestId('wl-0-calibration-panel')
    await panel.getByText('Calibrate from your measurements').click()
    await page.getByTestId('wl-0-calibration-file').setInputFiles(measurementsSheet())
    await expect(panel).toContainText('2 measurements read')
    await expect(panel).toContainText('!F4 (tokens/s per card)')
    await expect(panel).toContainText('“fast” is not a number')
    const table = page.getByTestId('wl-0-calibration-points')
    await expect(table.locator('tbody tr')).toHaveCount(2)
    await expect(page.getByTestId('wl-0-calibration-summary')).toContainText('after 4')
    await panel.screenshot({ path: join(SHOTS, 'fit-en.png') })
    await page.getByTestId('wl-0-calibration-name').locator('input').fill('Our A100 pod')
    await page.getByTestId('wl-0-calibration-use').click()
    await expect(page.getByTestId('wl-0-calibration-in-use')).toContainText('Our A100 pod')

    await planner.expectResultsCurrent()
    const mfuAfter = await figure(page, 'achievedMfu')
    expect(mfuAfter).not.toBeCloseTo(mfuBefore, 3)
    // Median of 2400 and 2600 tokens/s per card = 2500 ⇒ days for the workload's tokens.
    const daysAfter = await figure(page, 'days')
    expect(daysAfter).not.toBeCloseTo(daysBefore, 2)
    const card = page.getByTestId('result-card-0')
    await card.screenshot({ path: join(SHOTS, 'results-en.png') })

    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await expect(page.getByTestId('results-current')).toHaveText('已是最新', { timeout: 30_000 })
    await planner.goTo('workloads')
    await page.getByTestId('wl-0-calibration-panel').getByText('用实测数据校准').click()
    await expect(page.getByTestId('wl-0-calibration-in-use')).toContainText('已校准')
    await page
      .getByTestId('wl-0-calibration-panel')
      .screenshot({ path: join(SHOTS, 'panel-zh-CN.png') })
    await page.getByTestId('language-select').selectOption({ label: 'English' })
  })
})
