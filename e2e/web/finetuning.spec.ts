/**
 * Issue 16: fine-tuning as a sixth workload kind. A planner adds a LoRA workload from the
 * menu, sees memory per card and days, switches to QLoRA and sees the base weights shrink,
 * in both languages.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'finetuning')

/** The number a result figure shows (thousands separators and units stripped). */
async function figure(page: Page, field: string): Promise<number> {
  const text = (await page.getByTestId(`fig-0-${field}`).first().innerText()).replace(/,/g, '')
  const match = /[\d.]+/.exec(text)
  if (!match) throw new Error(`no number in ${field}: ${text}`)
  return Number(match[0])
}

test.describe('web host: LLM fine-tuning', () => {
  test.beforeEach(async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  test('adding a LoRA workload shows memory per card and days; QLoRA shrinks the base weights', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.startBlank('Fine-tune')
    await planner.goTo('workloads')
    await planner.addWorkload('llm-finetuning')
    const form = page.getByTestId('step-workloads')
    await expect(form).toContainText('LoRA rank')
    await expect(form).toContainText('Tokens per sample')
    await form.screenshot({ path: join(SHOTS, 'form-en.png') })

    await planner.expectResultsCurrent()
    const card = page.getByTestId('result-card-0')
    await expect(card).toContainText('LLM fine-tuning')
    const loraMemory = await figure(page, 'memoryPerAcceleratorGB.total')
    const loraBase = await figure(page, 'memoryPerAcceleratorGB.baseWeights')
    const days = await figure(page, 'days')
    // Llama-3.1-8B in bf16: about 16 GB of frozen weights, the whole on one 80 GB card.
    expect(loraBase).toBeGreaterThan(14)
    expect(loraBase).toBeLessThan(18)
    expect(loraMemory).toBeGreaterThan(loraBase)
    expect(loraMemory).toBeLessThan(80)
    expect(days).toBeGreaterThan(0)
    await card.screenshot({ path: join(SHOTS, 'lora-results-en.png') })

    await planner.goTo('workloads')
    await page.getByTestId('wl-0-method-select').click()
    await page.locator('.n-base-select-option').getByText('QLoRA (4-bit base)').click()
    await planner.expectResultsCurrent()
    const qloraBase = await figure(page, 'memoryPerAcceleratorGB.baseWeights')
    // NF4 linear layers (4.127 bits) with 16-bit embeddings: well under half the bf16 base.
    expect(qloraBase).toBeLessThan(loraBase / 2)
    expect(await figure(page, 'memoryPerAcceleratorGB.total')).toBeLessThan(loraMemory)

    await page.getByTestId('language-select').selectOption({ label: '简体中文' })
    await expect(page.getByTestId('results-current')).toHaveText('已是最新', { timeout: 30_000 })
    await expect(card).toContainText('微调')
    await card.screenshot({ path: join(SHOTS, 'qlora-results-zh-CN.png') })
    await planner.goTo('workloads')
    await expect(form).toContainText('LoRA 秩')
    await form.screenshot({ path: join(SHOTS, 'form-zh-CN.png') })
    await page.getByTestId('language-select').selectOption({ label: 'English' })
  })
})
