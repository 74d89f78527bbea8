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
  await page.getByTestId('language-select').click()
  await page.locator('.n-base-select-option').getByText(label, { exact: true }).click()
}

async function chooseTheme(page: Page, label: string): Promise<void> {
  await page.getByTestId('theme-select').click()
  await page.locator('.n-base-select-option').getByText(label, { exact: true }).click()
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
    await expect(page.getByTestId('derivation-formula')).toContainText('clusterParallelEfficiency')
    await expect(page.getByTestId('derivation-inputs')).toContainText('90%')
    await expect(page.getByTestId('derivation-inputs')).toContainText(/seed article/i)
    // Drill into an input step, then jump to edit an assumption.
    await page.getByTestId('drill-acceleratorsBeforeEfficiency').click()
    await expect(page.getByTestId('derivation-formula')).toContainText('streamsPerAccelerator')
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
    const days1024 = firstNumber(await page.getByTestId('fig-0-days').innerText())
    const days2048 = firstNumber(await page.getByTestId('fig-1-days').innerText())
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
    // Typing in one field is one undo step: undo returns to the value before the edits.
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
    await page.getByTestId('total-capex').getByRole('button').click()
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
    await page.getByTestId('grouping-select').click()
    await page.locator('.n-base-select-option').getByText('万 / 亿', { exact: true }).click()
    await expect(page.getByTestId('total-capex')).toContainText('万')
    await page.screenshot({ path: join(SHOTS, 'state-zh-wan-grouping.png'), fullPage: true })
    await chooseLanguage(page, 'English')
  })
})
