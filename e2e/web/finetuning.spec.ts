/**
 * Issue 16: fine-tuning as a sixth workload kind. A planner adds a LoRA workload from the
 * menu, sees memory per card and days, switches to QLoRA and sees the base weights shrink,
 * in both languages.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'finetuning')

test.describe('web host: LLM fine-tuning', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('adding a LoRA workload shows memory per card and days; QLoRA shrinks the base weights', async () => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank('Fine-tune')
    await planner.goTo('workloads')
    await planner.addWorkload('llm-finetuning')
    const form = planner.step('workloads')
    await expect(form).toContainText('LoRA rank')
    await expect(form).toContainText('Tokens per sample')
    await form.screenshot({ path: join(SHOTS, 'form-en.png') })

    await planner.expectResultsCurrent()
    const card = planner.resultCard(0)
    await expect(card).toContainText('LLM fine-tuning')
    const loraMemory = await planner.figureNumber(0, 'memoryPerAcceleratorGB.total', true)
    const loraBase = await planner.figureNumber(0, 'memoryPerAcceleratorGB.baseWeights', true)
    const days = await planner.figureNumber(0, 'days', true)
    // Llama-3.1-8B in bf16: about 16 GB of frozen weights, the whole on one 80 GB card.
    expect(loraBase).toBeGreaterThan(14)
    expect(loraBase).toBeLessThan(18)
    expect(loraMemory).toBeGreaterThan(loraBase)
    expect(loraMemory).toBeLessThan(80)
    expect(days).toBeGreaterThan(0)
    await card.screenshot({ path: join(SHOTS, 'lora-results-en.png') })

    await planner.goTo('workloads')
    await planner.pickWorkloadOption(0, 'method', 'QLoRA (4-bit base)')
    await planner.expectResultsCurrent()
    const qloraBase = await planner.figureNumber(0, 'memoryPerAcceleratorGB.baseWeights', true)
    // NF4 linear layers (4.127 bits) with 16-bit embeddings: well under half the bf16 base.
    expect(qloraBase).toBeLessThan(loraBase / 2)
    expect(await planner.figureNumber(0, 'memoryPerAcceleratorGB.total', true)).toBeLessThan(
      loraMemory
    )

    await planner.setLanguage('简体中文')
    await expect(planner.resultsCurrent).toHaveText('已是最新', { timeout: 30_000 })
    await expect(card).toContainText('微调')
    await card.screenshot({ path: join(SHOTS, 'qlora-results-zh-CN.png') })
    await planner.goTo('workloads')
    await expect(form).toContainText('LoRA 秩')
    await form.screenshot({ path: join(SHOTS, 'form-zh-CN.png') })
    await planner.setLanguage('English')
  })
})
