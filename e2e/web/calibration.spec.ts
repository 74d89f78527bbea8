/**
 * Issue 16, "Calibrate": a planner loads a small measurements sheet for a training workload,
 * sees the fit and its residuals, uses the calibration, and the results move to the measured
 * throughput; the derivation names the profile. Both languages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

test.describe('web host: calibrate from measurements', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('a measurements sheet fits the MFU, shows residuals, and moves the results', async () => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank('Calibrated training')
    await planner.goTo('workloads')
    await planner.addWorkload('llm-training')
    // The measured job: Llama-2-7B on 8 × A100 80GB at 4k tokens.
    await planner.sizeBy(0, 'accelerators')
    await planner.workloadInput(0, 'accelerators').fill('8')
    await planner.workloadInput(0, 'accelerators').press('Tab')
    await planner.expectResultsCurrent()
    const daysBefore = await planner.figureNumber(0, 'days', true)
    const mfuBefore = await planner.figureNumber(0, 'achievedMfu', true)

    await planner.goTo('workloads')
    const panel = await planner.openCalibration(0, 'Calibrate from your measurements')
    await planner.loadMeasurements(0, measurementsSheet())
    await expect(panel).toContainText('2 measurements read')
    await expect(panel).toContainText('!F4 (tokens/s per card)')
    await expect(panel).toContainText('“fast” is not a number')
    const table = planner.calibrationPoints(0)
    await expect(table.locator('tbody tr')).toHaveCount(2)
    await expect(planner.calibrationSummary(0)).toContainText('after 4')
    await panel.screenshot({ path: join(SHOTS, 'fit-en.png') })
    await planner.nameCalibration(0, 'Our A100 pod')
    await planner.useCalibration(0)
    await expect(planner.calibrationInUse(0)).toContainText('Our A100 pod')

    await planner.expectResultsCurrent()
    const mfuAfter = await planner.figureNumber(0, 'achievedMfu', true)
    expect(mfuAfter).not.toBeCloseTo(mfuBefore, 3)
    // Median of 2400 and 2600 tokens/s per card = 2500 ⇒ days for the workload's tokens.
    const daysAfter = await planner.figureNumber(0, 'days', true)
    expect(daysAfter).not.toBeCloseTo(daysBefore, 2)
    const card = planner.resultCard(0)
    await card.screenshot({ path: join(SHOTS, 'results-en.png') })

    await planner.setLanguage('简体中文')
    await expect(planner.resultsCurrent).toHaveText('已是最新', { timeout: 30_000 })
    await planner.goTo('workloads')
    const zhPanel = await planner.openCalibration(0, '用实测数据校准')
    await expect(planner.calibrationInUse(0)).toContainText('已校准')
    await zhPanel.screenshot({ path: join(SHOTS, 'panel-zh-CN.png') })
    await planner.setLanguage('English')
  })
})
