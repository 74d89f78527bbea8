import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { firstNumber, PlannerPage, type WizardStep } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'wizard')
const STEPS: readonly WizardStep[] = [
  'scenario',
  'workloads',
  'hardware',
  'costs',
  'results',
  'quote'
]

test.describe('web host: the planning wizard', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('3000-stream video analytics → 209 accelerators (seed §8)', async ({ page, pageErrors }) => {
    await planner.useTemplate('video-analytics-3000')
    await planner.expectResultsCurrent()
    await expect(planner.totalAccelerators).toHaveText(/^209\b/)
    await expect(planner.figure(0, 'streamsPerAccelerator')).toContainText('16')
    await expect(planner.figure(0, 'acceleratorsBeforeEfficiency')).toContainText('188')
    // Any number explains itself: formula, inputs with units and sources.
    await planner.explain(planner.figure(0, 'accelerators'))
    await expect(planner.derivationPart('formula')).toContainText('Cluster parallel efficiency')
    await expect(planner.derivationPart('inputs')).toContainText('90%')
    await expect(planner.derivationPart('inputs')).toContainText(/seed article/i)
    // Drill into an input step, then jump to edit an assumption.
    await planner.drillInto('acceleratorsBeforeEfficiency')
    await expect(planner.derivationPart('formula')).toContainText('Streams per accelerator')
    await planner.derivationPart('back').click()
    await planner.editAssumption('clusterParallelEfficiency')
    await expect(page.locator('#assumption-0-clusterParallelEfficiency')).toBeFocused()
    expect(pageErrors).toEqual([])
  })

  test('vision training platform → 20.48 PFLOPS, 20,480 TFLOPS, 64 cards (seed §7)', async () => {
    await planner.useTemplate('vision-training-platform')
    await planner.expectResultsCurrent()
    expect(await planner.figureNumber(0, 'provisionedPflops')).toBeCloseTo(20.48, 2)
    await expect(planner.figure(0, 'provisionedTflops')).toContainText('20,480')
    await expect(planner.totalAccelerators).toHaveText(/^64\b/)
  })

  test('GPT-3 175B: 1024 A100 ≈ 34 days, 2048 A100 ≈ half (Megatron-LM, seed §3)', async () => {
    await planner.useTemplate('gpt3-175b-training')
    await planner.expectResultsCurrent()
    // 34 and 15 days are formula (productive) time; wall-clock days add the goodput loss.
    const days1024 = await planner.figureNumber(0, 'computeDays')
    const days2048 = await planner.figureNumber(1, 'computeDays')
    expect(await planner.figureNumber(0, 'days')).toBeGreaterThan(days1024)
    expect(days1024).toBeGreaterThan(34 * 0.95)
    expect(days1024).toBeLessThan(34 * 1.05)
    expect(days2048).toBeGreaterThan(15 * 0.8)
    expect(days2048).toBeLessThan(15 * 1.2)
    await expect(planner.totalAccelerators).toContainText('3,072')
    await expect(planner.chart('scaling')).toBeVisible()
  })

  test('LLaMA-65B int4: memory total within the seed minimum VRAM (40 GB)', async () => {
    await planner.useTemplate('llama-65b-int4')
    await planner.expectResultsCurrent()
    const total = await planner.figureNumber(0, 'memory.totalGB')
    expect(total).toBeGreaterThan(40 * 0.75)
    expect(total).toBeLessThanOrEqual(40 * 1.05)
    const weights = await planner.figureNumber(0, 'memory.weightsGB')
    expect(weights).toBeGreaterThan(31.2 * 0.85)
    expect(weights).toBeLessThan(31.2 * 1.15)
    await expect(planner.chart('memory')).toBeVisible()
  })

  test('LLM serving at a request rate: replicas, comparison and a recommendation', async () => {
    await planner.useTemplate('llm-serving-rate')
    await planner.expectResultsCurrent()
    expect(await planner.figureNumber(0, 'replicas')).toBeGreaterThan(0)
    await expect(planner.chart('cost')).toBeVisible()
    await expect(planner.costRecommendation).toContainText('★')
    await expect(planner.chart('scaling')).toBeVisible()
  })

  test('builds a two-workload plan by hand from blank, with undo/redo and validation', async ({
    page
  }) => {
    await planner.startBlank('Hand-built')
    await expect(planner.noWorkloads).toBeVisible()
    await planner.addWorkload('video-analytics')
    await planner.addWorkload('llm-inference')
    // Edit the video workload: 320 streams.
    await planner.expandWorkload(0)
    const streams = planner.workloadInput(0, 'streams')
    await streams.fill('320')
    await expect(planner.recalcStatus).toHaveText(/Up to date/, { timeout: 30_000 })
    // Invalid input gets a located message and stale results are never shown as current.
    await streams.fill('-5')
    await expect(planner.workloadField(0, 'streams')).toContainText(/must be|greater|> 0/i)
    await expect(planner.recalcStatus).toContainText('problem')
    // Typing in one field is one undo step: undo returns to the value before the edits. The
    // plan's undo answers once the focus has left the field (inside it, the field's own does).
    await streams.blur()
    await page.keyboard.press('Control+z')
    await expect(streams).toHaveValue('100')
    await page.keyboard.press('Control+Shift+z')
    await expect(streams).toHaveValue('-5')
    await streams.fill('320')
    await expect(planner.recalcStatus).toHaveText(/Up to date/, { timeout: 30_000 })
    await expect(planner.unsavedMark).toBeVisible()
    await planner.expectResultsCurrent()
    await expect(planner.resultCard(0)).toBeVisible()
    await expect(planner.resultCard(1)).toBeVisible()
    const total = firstNumber(await planner.totalAccelerators.innerText())
    const video = await planner.figureNumber(0, 'accelerators')
    const llm = await planner.figureNumber(1, 'accelerators')
    expect(total).toBe(video + llm)
    // Undo both streams edits, then the LLM workload: one card left.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z')
    await expect(planner.resultCard(1)).toHaveCount(0)
    await page.keyboard.press('Control+Shift+z')
    await expect(planner.resultCard(1)).toBeVisible()
  })

  test('a card entered by hand (the seed 88 TOPS INT8 card) sizes 3000 streams to 209; steps by keyboard', async () => {
    await planner.startBlank()
    await planner.addWorkload('video-analytics')
    await planner.workloadInput(0, 'streams').fill('3000')
    await planner.workloadInput(0, 'topsPerStream').fill('5.5')
    await planner.workloadInput(0, 'efficiency').fill('90')
    // Keyboard: focus the Hardware step header and press Enter.
    await planner.goToByKeyboard('hardware')
    await planner.addCustomAccelerator({
      vendor: 'Seed article',
      name: 'Inference card 88 TOPS',
      figures: { int8Tops: '88' }
    })
    await planner.chooseOption('hw-0-select', 'Inference card 88 TOPS')
    await expect(planner.hardwareSpec(0)).toContainText('Inference card 88 TOPS')
    await planner.goToByKeyboard('results')
    await expect(planner.resultsCurrent).toBeVisible()
    await expect(planner.totalAccelerators).toHaveText(/^209\b/)
  })

  test('Results in Chinese after switching language', async () => {
    await planner.useTemplate('video-analytics-3000')
    await planner.setLanguage('简体中文')
    await planner.goTo('results')
    await expect(planner.resultsCurrent).toHaveText('已是最新', { timeout: 30_000 })
    await expect(planner.summary).toContainText('汇总')
    await expect(planner.summary).toContainText('加速卡')
    await expect(planner.totalAccelerators).toContainText('209')
    await expect(planner.resultCard(0)).toContainText('每卡路数')
    await planner.setLanguage('English')
  })

  test('screenshots of every step in both languages and both themes', async ({ page }) => {
    test.setTimeout(180_000)
    mkdirSync(SHOTS, { recursive: true })
    await planner.useTemplate('llm-serving-rate')
    await planner.addWorkload('video-analytics')
    for (const [language, label] of [
      ['en', 'English'],
      ['zh-CN', '简体中文']
    ] as const) {
      await planner.setLanguage(label)
      for (const theme of ['light', 'dark'] as const) {
        await planner.setThemeByLabel(
          language === 'en'
            ? theme === 'light'
              ? 'Light theme'
              : 'Dark theme'
            : theme === 'light'
              ? '浅色主题'
              : '深色主题'
        )
        for (const step of STEPS) {
          await planner.goTo(step)
          if (step === 'results') await expect(planner.chart('cost')).toBeVisible()
          // No horizontal scrolling at 1280 wide.
          await planner.expectNoSidewaysScroll(`${language} ${theme} ${step}`)
          await page.screenshot({
            path: join(SHOTS, `${language}-${theme}-${step}.png`),
            fullPage: true,
            // Step and theme transitions finish at once instead of being waited out.
            animations: 'disabled'
          })
        }
      }
    }
    await planner.setLanguage('English')
  })

  test('screenshots of the designed states: empty, invalid, derivation, 万 grouping', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank()
    await planner.goTo('results')
    await expect(planner.noResults).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'state-empty-results.png') })
    await planner.goTo('workloads')
    await planner.addWorkload('llm-training')
    await planner.workloadInput(0, 'tokens').fill('0')
    await expect(planner.recalcStatus).toContainText('problem')
    await page.screenshot({ path: join(SHOTS, 'state-invalid-workloads.png'), fullPage: true })
    await planner.goTo('results')
    await expect(planner.resultsIssues).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'state-invalid-results.png') })
    await planner.useTemplate('vision-training-platform')
    await planner.goTo('results')
    // Capital cost now opens on the quote's totals, which have no deeper step; the card count
    // opens on its sum over card models, each of which drills down.
    await planner.explain(planner.totalAccelerators)
    await expect(planner.derivation).toBeVisible()
    await planner
      .derivationPart('inputs')
      .getByRole('button', { name: 'Explain', exact: true })
      .first()
      .click()
    await expect(planner.derivationPart('back')).toBeVisible()
    await page.screenshot({
      path: join(SHOTS, 'state-derivation-panel.png'),
      animations: 'disabled'
    })
    await page.keyboard.press('Escape')
    await planner.setLanguage('简体中文')
    await planner.setGrouping('万 / 亿')
    await expect(planner.totalCapex).toContainText('万')
    await page.screenshot({ path: join(SHOTS, 'state-zh-wan-grouping.png'), fullPage: true })
    await planner.setLanguage('English')
  })
})

test.describe('web host: custom model architecture and assumption ranges', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('an LLM served with a custom 7B GQA architecture: KV heads move the KV cache', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank()
    await planner.addWorkload('llm-inference')
    // "Custom model…" from the picker: an inline architecture appears in the workload form.
    const form = await planner.useCustomModel(0)
    const field = (name: string) => planner.workloadInput(0, `model-${name}`)
    // A 7B-class GQA config: 32 layers, 4096 wide, 32 heads, 8 KV heads of 128.
    await field('params').fill('6.7')
    await field('layers').fill('32')
    await field('hiddenSize').fill('4096')
    await field('attentionHeads').fill('32')
    await field('kvHeads').fill('8')
    await field('headDim').fill('128')
    await expect(planner.workloadField(0, 'model-params')).toContainText('6,700 M')
    await planner.expectUpToDate()
    await page.screenshot({ path: join(SHOTS, 'custom-model-en.png'), fullPage: true })
    await planner.expectNoSidewaysScroll('custom model form')

    await planner.expectResultsCurrent()
    const kv8 = await planner.figureNumber(0, 'memory.kvCacheGB')
    // 2 × 32 layers × 8 KV heads × 128 × 2 bytes × 4096 tokens × 8 sequences = 4.29 GB
    expect(kv8).toBeCloseTo(4.29, 1)
    const weights = await planner.figureNumber(0, 'memory.weightsGB')
    expect(weights).toBeCloseTo(13.4, 1)

    // Inline validation: the schema's located message, next to the field.
    await planner.goTo('workloads')
    await field('layers').fill('32.5')
    await expect(planner.workloadField(0, 'model-layers')).toContainText('must be a whole number')
    await expect(planner.recalcStatus).toContainText('problem')
    await field('layers').fill('32')
    // A plausibility hint (not an error) when KV heads exceed the heads.
    await field('kvHeads').fill('40')
    await expect(planner.workloadField(0, 'model-kvHeads')).toContainText(
      'More KV heads than attention heads'
    )
    // Multi-head attention: every head keeps its own K and V.
    await field('kvHeads').fill('32')
    await planner.expectUpToDate()
    await planner.expectResultsCurrent()
    const kv32 = await planner.figureNumber(0, 'memory.kvCacheGB')
    expect(kv32 / kv8).toBeCloseTo(4, 2)

    // Back to a catalog model: the inline form goes away.
    await planner.goTo('workloads')
    await planner.workloadField(0, 'model-catalog').click()
    await expect(form).toHaveCount(0)
    await expect(planner.workloadField(0, 'model-select')).toContainText('Llama-3.1-8B')
    // Start from a catalog model, then edit: every field copied, context tweakable.
    await planner.workloadField(0, 'model-copy').click()
    await expect(form).toBeVisible()
    await expect(field('kvHeads')).toHaveValue('8')
    await expect(planner.workloadField(0, 'model-select')).toContainText('Llama-3.1-8B (edited)')
    await planner.expectUpToDate()

    // The same form in Chinese.
    await planner.setLanguage('简体中文')
    await expect(form).toContainText('自定义架构')
    await page.screenshot({ path: join(SHOTS, 'custom-model-zh-CN.png'), fullPage: true })
    await planner.expectNoSidewaysScroll('custom model form (zh-CN)')
    await planner.setLanguage('English')
  })

  test('editing an assumption range from the derivation panel changes the range on Results', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.useTemplate('video-analytics-3000')
    await planner.expectResultsCurrent()
    const rangeBefore = (await planner.range(0, 'accelerators').textContent()) ?? ''
    // The derivation's Edit link lands on the assumption's low / typical / high inputs.
    await planner.explain(planner.figure(0, 'accelerators'))
    await planner.editAssumption('clusterParallelEfficiency')
    await expect(page.locator('#assumption-0-clusterParallelEfficiency')).toBeFocused()
    const row = planner.assumptionRow(0, 'clusterParallelEfficiency')
    const part = (name: 'low' | 'typical' | 'high') =>
      planner.assumptionPart(0, 'clusterParallelEfficiency', name)
    await expect(part('typical')).toHaveValue('90')
    // Low above typical is refused with a message on the row.
    await part('low').fill('95')
    await expect(planner.assumptionPart(0, 'clusterParallelEfficiency', 'error')).toContainText(
      'must be ≤ the typical value (90%)'
    )
    await expect(planner.recalcStatus).toContainText('problem')
    await part('low').fill('80')
    await part('high').fill('95')
    await planner.expectUpToDate()
    await expect(row).not.toContainText('must be')
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'assumption-range-en.png'), fullPage: true })
    await planner.expectNoSidewaysScroll('assumption range editor')

    await planner.expectResultsCurrent()
    const rangeAfter = (await planner.range(0, 'accelerators').textContent()) ?? ''
    expect(rangeAfter).not.toBe(rangeBefore)
    // 5.5 TOPS per stream on the 88 TOPS card = 16 per card. The per-stream figure carries to
    // another card within videoMeasuredTransfer 0.7–1.45. Optimistic: 5.5 ÷ 1.45 = 3.79 TOPS →
    // floor(88 ÷ 3.79) = 23 per card, 3000 ÷ 23 = 130.4, ÷ 0.95 (efficiency's new high end, no
    // headroom) → 138; pessimistic: 5.5 ÷ 0.7 = 7.86 → 11 per card, 3000 ÷ 11 = 272.7 × 1.2
    // (the headroom's high end) ÷ 0.8 (efficiency's new low end) → 410.
    expect(rangeAfter).toBe('range 138 to 410')
    await expect(planner.totalAccelerators).toHaveText(/^209\b/)

    // Clearing an end falls back to the typical value; Reset returns to the default.
    await planner.goTo('workloads')
    await planner.setLanguage('简体中文')
    await expect(row).toContainText('此处设置')
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'assumption-range-zh-CN.png'), fullPage: true })
    await planner.expectNoSidewaysScroll('assumption range editor (zh-CN)')
    await planner.setLanguage('English')
    await part('low').fill('')
    await expect(part('low')).toHaveAttribute('placeholder', '90')
    await planner.expectUpToDate()
  })
})
