import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const SHOTS = join('test-results', 'screenshots', 'wizard')
const STEPS = ['scenario', 'workloads', 'hardware', 'costs', 'results', 'quote'] as const

/** Reads the first number in a text ("20.48 PFLOPS" → 20.48, "20,480" → 20480). */
function firstNumber(text: string): number {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  return match ? Number(match[0].replace(/,/g, '')) : NaN
}

async function chooseLanguage(page: Page, label: 'English' | '简体中文'): Promise<void> {
  await page.getByTestId('language-select').selectOption({ label })
}

async function chooseTheme(page: Page, label: string): Promise<void> {
  await page.getByTestId('theme-select').selectOption({ label })
}

async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('nav-scenario').click()
  await page.getByTestId(`use-template-${id}`).click()
  // A dirty plan asks first.
  const confirm = page.locator('.n-popconfirm .n-button--primary-type')
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await expect(page.getByTestId('step-workloads')).toBeVisible()
}

async function results(page: Page): Promise<void> {
  await page.getByTestId('nav-results').click()
  // Generous: the machines this runs on are shared, and compare mode evaluates ~60 cards.
  await expect(page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
}

test.describe('web host: the planning wizard', () => {
  test.beforeEach(async ({ page, host }) => {
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  test('3000-stream video analytics → 209 accelerators (seed §8)', async ({ page, pageErrors }) => {
    await openTemplate(page, 'video-analytics-3000')
    await results(page)
    await expect(page.getByTestId('total-accelerators')).toHaveText(/^209\b/)
    await expect(page.getByTestId('fig-0-streamsPerAccelerator')).toContainText('16')
    await expect(page.getByTestId('fig-0-acceleratorsBeforeEfficiency')).toContainText('188')
    // Any number explains itself: formula, inputs with units and sources.
    await page.getByTestId('fig-0-accelerators').getByRole('button').click()
    const panel = page.getByTestId('derivation-panel')
    await expect(panel).toBeVisible()
    await expect(page.getByTestId('derivation-formula')).toContainText(
      'Cluster parallel efficiency'
    )
    await expect(page.getByTestId('derivation-inputs')).toContainText('90%')
    await expect(page.getByTestId('derivation-inputs')).toContainText(/seed article/i)
    // Drill into an input step, then jump to edit an assumption.
    await page.getByTestId('drill-acceleratorsBeforeEfficiency').click()
    await expect(page.getByTestId('derivation-formula')).toContainText('Streams per accelerator')
    await page.getByTestId('derivation-back').click()
    await page.getByTestId('edit-clusterParallelEfficiency').click()
    await expect(page.getByTestId('step-workloads')).toBeVisible()
    await expect(page.locator('#assumption-0-clusterParallelEfficiency')).toBeFocused()
    expect(pageErrors).toEqual([])
  })

  test('vision training platform → 20.48 PFLOPS, 20,480 TFLOPS, 64 cards (seed §7)', async ({
    page
  }) => {
    await openTemplate(page, 'vision-training-platform')
    await results(page)
    expect(firstNumber(await page.getByTestId('fig-0-provisionedPflops').innerText())).toBeCloseTo(
      20.48,
      2
    )
    await expect(page.getByTestId('fig-0-provisionedTflops')).toContainText('20,480')
    await expect(page.getByTestId('total-accelerators')).toHaveText(/^64\b/)
  })

  test('GPT-3 175B: 1024 A100 ≈ 34 days, 2048 A100 ≈ half (Megatron-LM, seed §3)', async ({
    page
  }) => {
    await openTemplate(page, 'gpt3-175b-training')
    await results(page)
    // 34 and 15 days are formula (productive) time; wall-clock days add the goodput loss.
    const days1024 = firstNumber(await page.getByTestId('fig-0-computeDays').innerText())
    const days2048 = firstNumber(await page.getByTestId('fig-1-computeDays').innerText())
    expect(firstNumber(await page.getByTestId('fig-0-days').innerText())).toBeGreaterThan(days1024)
    expect(days1024).toBeGreaterThan(34 * 0.95)
    expect(days1024).toBeLessThan(34 * 1.05)
    expect(days2048).toBeGreaterThan(15 * 0.8)
    expect(days2048).toBeLessThan(15 * 1.2)
    await expect(page.getByTestId('total-accelerators')).toContainText('3,072')
    await expect(page.getByTestId('chart-scaling')).toBeVisible()
  })

  test('LLaMA-65B int4: memory total within the seed minimum VRAM (40 GB)', async ({ page }) => {
    await openTemplate(page, 'llama-65b-int4')
    await results(page)
    const total = firstNumber(await page.getByTestId('fig-0-memory.totalGB').innerText())
    expect(total).toBeGreaterThan(40 * 0.75)
    expect(total).toBeLessThanOrEqual(40 * 1.05)
    const weights = firstNumber(await page.getByTestId('fig-0-memory.weightsGB').innerText())
    expect(weights).toBeGreaterThan(31.2 * 0.85)
    expect(weights).toBeLessThan(31.2 * 1.15)
    await expect(page.getByTestId('chart-memory')).toBeVisible()
  })

  test('LLM serving at a request rate: replicas, comparison and a recommendation', async ({
    page
  }) => {
    await openTemplate(page, 'llm-serving-rate')
    await results(page)
    expect(firstNumber(await page.getByTestId('fig-0-replicas').innerText())).toBeGreaterThan(0)
    await expect(page.getByTestId('chart-cost')).toBeVisible()
    await expect(page.getByTestId('recommendation')).toContainText('★')
    await expect(page.getByTestId('chart-scaling')).toBeVisible()
  })

  test('builds a two-workload plan by hand from blank, with undo/redo and validation', async ({
    page
  }) => {
    await page.getByTestId('blank-name').locator('input').fill('Hand-built')
    await page.getByTestId('start-blank').click()
    await expect(page.getByTestId('workloads-empty')).toBeVisible()
    await page.getByTestId('add-video-analytics').click()
    await page.getByTestId('add-llm-inference').click()
    // Edit the video workload: 320 streams.
    await page.getByTestId('workload-0').locator('.n-collapse-item__header').click()
    const streams = page.getByTestId('wl-0-streams-input').locator('input')
    await streams.fill('320')
    await expect(page.getByTestId('recalc-status')).toHaveText(/Up to date/, { timeout: 30_000 })
    // Invalid input gets a located message and stale results are never shown as current.
    await streams.fill('-5')
    await expect(page.getByTestId('wl-0-streams')).toContainText(/must be|greater|> 0/i)
    await expect(page.getByTestId('recalc-status')).toContainText('problem')
    // Typing in one field is one undo step: undo returns to the value before the edits. The
    // plan's undo answers once the focus has left the field (inside it, the field's own does).
    await streams.blur()
    await page.keyboard.press('Control+z')
    await expect(streams).toHaveValue('100')
    await page.keyboard.press('Control+Shift+z')
    await expect(streams).toHaveValue('-5')
    await streams.fill('320')
    await expect(page.getByTestId('recalc-status')).toHaveText(/Up to date/, { timeout: 30_000 })
    await expect(page.getByTestId('dirty-indicator')).toBeVisible()
    await results(page)
    await expect(page.getByTestId('result-card-0')).toBeVisible()
    await expect(page.getByTestId('result-card-1')).toBeVisible()
    const total = firstNumber(await page.getByTestId('total-accelerators').innerText())
    const video = firstNumber(await page.getByTestId('fig-0-accelerators').innerText())
    const llm = firstNumber(await page.getByTestId('fig-1-accelerators').innerText())
    expect(total).toBe(video + llm)
    // Undo both streams edits, then the LLM workload: one card left.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z')
    await expect(page.getByTestId('result-card-1')).toHaveCount(0)
    await page.keyboard.press('Control+Shift+z')
    await expect(page.getByTestId('result-card-1')).toBeVisible()
  })

  test('a card entered by hand (the seed 88 TOPS INT8 card) sizes 3000 streams to 209; steps by keyboard', async ({
    page
  }) => {
    await page.getByTestId('start-blank').click()
    await page.getByTestId('add-video-analytics').click()
    await page.getByTestId('wl-0-streams-input').locator('input').fill('3000')
    await page.getByTestId('wl-0-topsPerStream-input').locator('input').fill('5.5')
    await page.getByTestId('wl-0-efficiency-input').locator('input').fill('90')
    // Keyboard: focus the Hardware step header and press Enter.
    await page.getByTestId('nav-hardware').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('step-hardware')).toBeVisible()
    await page.getByTestId('custom-vendor').locator('input').fill('Seed article')
    await page.getByTestId('custom-name').locator('input').fill('Inference card 88 TOPS')
    await page.getByTestId('custom-int8Tops').locator('input').fill('88')
    await page.getByTestId('custom-add').click()
    await page.getByTestId('hw-0-select').click()
    await page.keyboard.type('88 TOPS')
    await page.locator('.n-base-select-option').getByText('Inference card 88 TOPS').first().click()
    await expect(page.getByTestId('hw-0-spec')).toContainText('Inference card 88 TOPS')
    await page.getByTestId('nav-results').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('results-current')).toBeVisible()
    await expect(page.getByTestId('total-accelerators')).toHaveText(/^209\b/)
  })

  test('Results in Chinese after switching language', async ({ page }) => {
    await openTemplate(page, 'video-analytics-3000')
    await chooseLanguage(page, '简体中文')
    await page.getByTestId('nav-results').click()
    await expect(page.getByTestId('results-current')).toHaveText('已是最新', { timeout: 30_000 })
    await expect(page.getByTestId('summary')).toContainText('汇总')
    await expect(page.getByTestId('summary')).toContainText('加速卡')
    await expect(page.getByTestId('total-accelerators')).toContainText('209')
    await expect(page.getByTestId('result-card-0')).toContainText('每卡路数')
    await chooseLanguage(page, 'English')
  })

  test('screenshots of every step in both languages and both themes', async ({ page }) => {
    test.setTimeout(180_000)
    mkdirSync(SHOTS, { recursive: true })
    await openTemplate(page, 'llm-serving-rate')
    await page.getByTestId('add-video-analytics').click()
    for (const [language, label] of [
      ['en', 'English'],
      ['zh-CN', '简体中文']
    ] as const) {
      await chooseLanguage(page, label)
      for (const theme of ['light', 'dark'] as const) {
        await chooseTheme(
          page,
          language === 'en'
            ? theme === 'light'
              ? 'Light theme'
              : 'Dark theme'
            : theme === 'light'
              ? '浅色主题'
              : '深色主题'
        )
        for (const step of STEPS) {
          await page.getByTestId(`nav-${step}`).click()
          await expect(page.getByTestId(`step-${step}`)).toBeVisible()
          if (step === 'results') await expect(page.getByTestId('chart-cost')).toBeVisible()
          // No horizontal scrolling at 1280 wide.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth
          )
          expect(overflow, `${language} ${theme} ${step} scrolls sideways`).toBeLessThanOrEqual(0)
          await page.screenshot({
            path: join(SHOTS, `${language}-${theme}-${step}.png`),
            fullPage: true,
            // Step and theme transitions finish at once instead of being waited out.
            animations: 'disabled'
          })
        }
      }
    }
    await chooseLanguage(page, 'English')
  })

  test('screenshots of the designed states: empty, invalid, derivation, 万 grouping', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.getByTestId('start-blank').click()
    await page.getByTestId('nav-results').click()
    await expect(page.getByTestId('results-empty')).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'state-empty-results.png') })
    await page.getByTestId('nav-workloads').click()
    await page.getByTestId('add-llm-training').click()
    await page.getByTestId('wl-0-tokens-input').locator('input').fill('0')
    await expect(page.getByTestId('recalc-status')).toContainText('problem')
    await page.screenshot({ path: join(SHOTS, 'state-invalid-workloads.png'), fullPage: true })
    await page.getByTestId('nav-results').click()
    await expect(page.getByTestId('results-issues')).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'state-invalid-results.png') })
    await openTemplate(page, 'vision-training-platform')
    await page.getByTestId('nav-results').click()
    // Capital cost now opens on the quote's totals, which have no deeper step; the card count
    // opens on its sum over card models, each of which drills down.
    await page.getByTestId('total-accelerators').getByRole('button').click()
    await expect(page.getByTestId('derivation-panel')).toBeVisible()
    await page
      .getByTestId('derivation-inputs')
      .getByRole('button', { name: 'Explain', exact: true })
      .first()
      .click()
    await expect(page.getByTestId('derivation-back')).toBeVisible()
    await page.screenshot({
      path: join(SHOTS, 'state-derivation-panel.png'),
      animations: 'disabled'
    })
    await page.keyboard.press('Escape')
    await chooseLanguage(page, '简体中文')
    await page.getByTestId('grouping-select').selectOption({ label: '万 / 亿' })
    await expect(page.getByTestId('total-capex')).toContainText('万')
    await page.screenshot({ path: join(SHOTS, 'state-zh-wan-grouping.png'), fullPage: true })
    await chooseLanguage(page, 'English')
  })
})

test.describe('web host: custom model architecture and assumption ranges', () => {
  test.beforeEach(async ({ page, host }) => {
    await page.goto(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  async function upToDate(page: Page): Promise<void> {
    await expect(page.getByTestId('recalc-status')).toHaveText(/Up to date|已是最新/, {
      timeout: 30_000
    })
  }

  async function noSidewaysScroll(page: Page, what: string): Promise<void> {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0)
  }

  test('an LLM served with a custom 7B GQA architecture: KV heads move the KV cache', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.getByTestId('start-blank').click()
    await page.getByTestId('add-llm-inference').click()
    // "Custom model…" from the picker: an inline architecture appears in the workload form.
    await page.getByTestId('wl-0-model-select').click()
    // The option is always listed, whatever is typed (the list opens at the current model).
    await page.keyboard.type('custom')
    await page
      .locator('.n-base-select-option')
      .getByText('Custom model (enter the architecture)…')
      .click()
    const form = page.getByTestId('wl-0-model-inline')
    await expect(form).toBeVisible()
    const field = (name: string) => page.getByTestId(`wl-0-model-${name}-input`).locator('input')
    // A 7B-class GQA config: 32 layers, 4096 wide, 32 heads, 8 KV heads of 128.
    await field('params').fill('6.7')
    await field('layers').fill('32')
    await field('hiddenSize').fill('4096')
    await field('attentionHeads').fill('32')
    await field('kvHeads').fill('8')
    await field('headDim').fill('128')
    await expect(page.getByTestId('wl-0-model-params')).toContainText('6,700 M')
    await upToDate(page)
    await page.screenshot({ path: join(SHOTS, 'custom-model-en.png'), fullPage: true })
    await noSidewaysScroll(page, 'custom model form')

    await results(page)
    const kv8 = firstNumber(await page.getByTestId('fig-0-memory.kvCacheGB').innerText())
    // 2 × 32 layers × 8 KV heads × 128 × 2 bytes × 4096 tokens × 8 sequences = 4.29 GB
    expect(kv8).toBeCloseTo(4.29, 1)
    const weights = firstNumber(await page.getByTestId('fig-0-memory.weightsGB').innerText())
    expect(weights).toBeCloseTo(13.4, 1)

    // Inline validation: the schema's located message, next to the field.
    await page.getByTestId('nav-workloads').click()
    await field('layers').fill('32.5')
    await expect(page.getByTestId('wl-0-model-layers')).toContainText('must be a whole number')
    await expect(page.getByTestId('recalc-status')).toContainText('problem')
    await field('layers').fill('32')
    // A plausibility hint (not an error) when KV heads exceed the heads.
    await field('kvHeads').fill('40')
    await expect(page.getByTestId('wl-0-model-kvHeads')).toContainText(
      'More KV heads than attention heads'
    )
    // Multi-head attention: every head keeps its own K and V.
    await field('kvHeads').fill('32')
    await upToDate(page)
    await results(page)
    const kv32 = firstNumber(await page.getByTestId('fig-0-memory.kvCacheGB').innerText())
    expect(kv32 / kv8).toBeCloseTo(4, 2)

    // Back to a catalog model: the inline form goes away.
    await page.getByTestId('nav-workloads').click()
    await page.getByTestId('wl-0-model-catalog').click()
    await expect(form).toHaveCount(0)
    await expect(page.getByTestId('wl-0-model-select')).toContainText('Llama-3.1-8B')
    // Start from a catalog model, then edit: every field copied, context tweakable.
    await page.getByTestId('wl-0-model-copy').click()
    await expect(form).toBeVisible()
    await expect(field('kvHeads')).toHaveValue('8')
    await expect(page.getByTestId('wl-0-model-select')).toContainText('Llama-3.1-8B (edited)')
    await upToDate(page)

    // The same form in Chinese.
    await chooseLanguage(page, '简体中文')
    await expect(form).toContainText('自定义架构')
    await page.screenshot({ path: join(SHOTS, 'custom-model-zh-CN.png'), fullPage: true })
    await noSidewaysScroll(page, 'custom model form (zh-CN)')
    await chooseLanguage(page, 'English')
  })

  test('editing an assumption range from the derivation panel changes the range on Results', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await openTemplate(page, 'video-analytics-3000')
    await results(page)
    const rangeBefore = (await page.getByTestId('range-0-accelerators').textContent()) ?? ''
    // The derivation's Edit link lands on the assumption's low / typical / high inputs.
    await page.getByTestId('fig-0-accelerators').getByRole('button').click()
    await page.getByTestId('edit-clusterParallelEfficiency').click()
    await expect(page.getByTestId('step-workloads')).toBeVisible()
    await expect(page.locator('#assumption-0-clusterParallelEfficiency')).toBeFocused()
    const row = page.getByTestId('assumption-0-clusterParallelEfficiency')
    const part = (name: 'low' | 'typical' | 'high') =>
      page.getByTestId(`assumption-0-clusterParallelEfficiency-${name}`).locator('input')
    await expect(part('typical')).toHaveValue('90')
    // Low above typical is refused with a message on the row.
    await part('low').fill('95')
    await expect(page.getByTestId('assumption-0-clusterParallelEfficiency-error')).toContainText(
      'must be ≤ the typical value (90%)'
    )
    await expect(page.getByTestId('recalc-status')).toContainText('problem')
    await part('low').fill('80')
    await part('high').fill('95')
    await upToDate(page)
    await expect(row).not.toContainText('must be')
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'assumption-range-en.png'), fullPage: true })
    await noSidewaysScroll(page, 'assumption range editor')

    await results(page)
    const rangeAfter = (await page.getByTestId('range-0-accelerators').textContent()) ?? ''
    expect(rangeAfter).not.toBe(rangeBefore)
    // 3000 streams ÷ 16 per card = 188 before efficiency. Optimistic: ÷ 0.95 → 198 (no
    // headroom); pessimistic: × 1.2 (the headroom's high end) ÷ 0.8 → 282.
    expect(rangeAfter).toBe('range 198 to 282')
    await expect(page.getByTestId('total-accelerators')).toHaveText(/^209\b/)

    // Clearing an end falls back to the typical value; Reset returns to the default.
    await page.getByTestId('nav-workloads').click()
    await chooseLanguage(page, '简体中文')
    await expect(row).toContainText('此处设置')
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'assumption-range-zh-CN.png'), fullPage: true })
    await noSidewaysScroll(page, 'assumption range editor (zh-CN)')
    await chooseLanguage(page, 'English')
    await part('low').fill('')
    await expect(part('low')).toHaveAttribute('placeholder', '90')
    await upToDate(page)
  })
})
