/**
 * Issue 19: video analytics with a stream codec and fewer analysed than captured frames, an
 * analytics preset, and platform sizing by a target dense PFLOPS. Both languages, with
 * screenshots of the forms.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'video-sizing')

test.describe('web host: video codec, analysis frame rate and target PFLOPS', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    // Several recalculations on a machine shared by many test runs.
    test.setTimeout(240_000)
    await page.setViewportSize({ width: 1366, height: 900 })
    planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
  })

  test('a face-recognition preset analysed at 5 of 25 frames needs a fifth of the compute', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank('City video')
    await planner.goTo('workloads')
    await planner.addWorkload('video-analytics')
    await planner.pickOption(
      'wl-0-preset',
      'Face recognition: RetinaFace-R50 detection + ArcFace-R100 embedding per face'
    )
    await planner.pickWorkloadOption(0, 'codec', 'H.265', true)
    await planner.expectResultsCurrent()
    // 2 × (44.43 + 5 × 12.1) × 25 ÷ 1000 ÷ 0.3 = 17.49 TOPS per stream at every frame.
    expect(await planner.figureNumber(0, 'topsPerStream', true)).toBeCloseTo(17.49, 1)
    // Atlas 300I Pro publishes one decode figure (96 streams); H.265 uses it × ratio 1.0.
    expect(await planner.figureNumber(0, 'decodeCapacity', true)).toBe(96)

    await planner.goTo('workloads')
    await planner.fillWorkloadNumber(0, 'analysisFps', '5')
    await planner.expectResultsCurrent()
    // 5 analysed frames: 17.49 × 5 ÷ 25 = 3.50 TOPS; the decoder still sees 25 frames/s.
    expect(await planner.figureNumber(0, 'topsPerStream', true)).toBeCloseTo(3.5, 1)
    expect(await planner.figureNumber(0, 'decodeBound', true)).toBe(115)

    await planner.goTo('workloads')
    await planner.fillWorkloadNumber(0, 'analysisFps', '30')
    await planner.goTo('results')
    await planner.goTo('workloads')
    await expect(planner.workloadField(0, 'analysisFps')).toContainText('cannot exceed')
    await planner.fillWorkloadNumber(0, 'analysisFps', '5')
    await planner.workloadField(0, 'codec').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'video-en.png') })

    await planner.setLanguage('简体中文')
    await expect(page.getByText('每秒分析帧数').first()).toBeVisible()
    await expect(page.getByText('视频编码').first()).toBeVisible()
    await planner.workloadField(0, 'codec').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'video-zh.png') })
  })

  test('10 PFLOPS BF16 on A100 buys 33 cards and says what they deliver', async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank('Platform')
    await planner.goTo('workloads')
    await planner.addWorkload('custom')
    await planner.workloadField(0, 'source-pflops').click()
    await planner.fillWorkloadNumber(0, 'targetPflops', '10')
    await planner.expectResultsCurrent()
    // ceil(10 × 1000 ÷ 312) = ceil(32.05) = 33; 33 × 312 ÷ 1000 = 10.296 PFLOP/s.
    expect(await planner.figureNumber(0, 'accelerators', true)).toBe(33)
    expect(await planner.figureNumber(0, 'deliveredPflops', true)).toBeCloseTo(10.3, 1)

    await planner.goTo('workloads')
    await expect(planner.workloadField(0, 'deliveredPflops')).toContainText('33')
    await page.screenshot({ path: join(SHOTS, 'pflops-en.png') })
    await planner.setLanguage('简体中文')
    await expect(planner.workloadField(0, 'deliveredPflops')).toContainText('33 张卡')
    await page.screenshot({ path: join(SHOTS, 'pflops-zh.png') })
  })

  test('a card entered by hand takes decode figures per codec and refuses a zero, by field', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await planner.startBlank('Own card')
    await planner.goTo('hardware')
    await planner.addCustomAccelerator({
      vendor: 'Seed',
      name: 'Card 88',
      figures: { memoryGB: '0' },
      allFigures: { decode1080p30StreamsH265: '60' }
    })
    await expect(page.getByText('must be a number > 0').first()).toBeVisible()
    await expect(page.getByText('give at least FP16, BF16 or INT8').first()).toBeVisible()
    await planner.customAcceleratorField('vendor').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'manual-en.png') })
    await planner.setLanguage('简体中文')
    await planner.submitCustomAccelerator()
    await expect(page.getByText('必须是大于 0 的数').first()).toBeVisible()
    await expect(page.getByText('视频解码，H.265（1080p30 路数）').first()).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'manual-zh.png') })
  })
})
