import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'inference')

test.describe('web host: LLM inference results', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('the serving template shows the split, the scale-up domain, per-card memory and the largest batch, in both languages', async () => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.useTemplate('llm-serving-rate')
    await planner.expectResultsCurrent()
    const card = planner.resultCard(0)
    // H100 SXM in an HGX server: tensor parallel inside the 8-card NVSwitch domain.
    await expect(planner.servingDetail(0, 'split')).toContainText(/\d+ × \d+ × 1/)
    await expect(planner.servingDetail(0, 'scale-up')).toContainText('NVSwitch')
    await expect(planner.servingDetail(0, 'card-memory')).toContainText('80 GiB = 85.9 GB')
    await expect(card).toContainText('Memory per card')
    await expect(card).toContainText('Largest batch per replica')
    await expect(card).toContainText('Output tokens/s, whole plan')
    await card.screenshot({ path: join(SHOTS, 'serving-en.png') })

    await planner.setLanguage('简体中文')
    await expect(planner.resultsCurrent).toHaveText('已是最新', { timeout: 30_000 })
    await expect(card).toContainText('每卡显存占用')
    await expect(card).toContainText('单副本最大批量')
    await expect(planner.servingDetail(0, 'split')).toContainText('自动选择')
    await card.screenshot({ path: join(SHOTS, 'serving-zh-CN.png') })
    await planner.setLanguage('English')
  })

  test('the workload form sets the weight format, the framework and a forced split; Results follow', async () => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.useTemplate('llm-serving-rate')
    await planner.pickWorkloadOption(0, 'quantization', 'W8A8 (INT8 compute)')
    // W8A8 stores INT8 weights: the weight precision must say so.
    await planner.pickWorkloadOption(0, 'weightPrecision', 'INT8', true)
    await planner.pickWorkloadOption(0, 'framework', 'vLLM')
    await planner.workloadInput(0, 'tensor').fill('8')
    await planner.workloadInput(0, 'pipeline').fill('1')
    await planner.workloadInput(0, 'pipeline').press('Tab')
    await planner.step('workloads').screenshot({ path: join(SHOTS, 'knobs-en.png') })
    await planner.expectResultsCurrent()
    await expect(planner.servingDetail(0, 'split')).toContainText('8 × 1 × 1')
    await expect(planner.servingDetail(0, 'split')).toContainText('as set')
    await expect(planner.figure(0, 'acceleratorsPerReplica')).toContainText('8')

    await planner.setLanguage('简体中文')
    await planner.goTo('workloads')
    await expect(planner.step('workloads')).toContainText('权重格式')
    await expect(planner.step('workloads')).toContainText('张量并行')
    await planner.step('workloads').screenshot({ path: join(SHOTS, 'knobs-zh-CN.png') })
    await planner.setLanguage('English')
  })
})
