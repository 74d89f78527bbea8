/**
 * Issue 19: video analytics with a stream codec and fewer analysed than captured frames, an
 * analytics preset, and platform sizing by a target dense PFLOPS. Both languages, with
 * screenshots of the forms.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'video-sizing')

async function figure(page: Page, field: string): Promise<number> {
  const text = (await page.getByTestId(`fig-0-${field}`).first().innerText()).replace(/,/g, '')
  const match = /[\d.]+/.exec(text)
  if (!match) throw new Error(`no number in ${field}: ${text}`)
  return Number(match[0])
}

async function choose(page: Page, testid: string, option: string): Promise<void> {
  await page.getByTestId(testid).locator('.n-base-selection').first().click()
  await page.locator('.n-base-select-option').getByText(option, { exact: true }).first().click()
}

async function typeNumber(page: Page, field: string, value: string): Promise<void> {
  const input = page.getByTestId(`wl-0-${field}-input`).locator('input')
  await input.fill(value)
  await input.press('Tab')
}

test.describe('web host: video codec, analysis frame rate and target PFLOPS', () => {
  test.beforeEach(async ({ page, host }) => {
    // Several recalculations on a machine shared by many test runs.
    test.setTimeout(240_000)
    await page.setViewportSize({ width: 1366, height: 900 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await expect(page.getByTestId('step-scenario')).toBeVisible()
  })

  test('a face-recognition preset analysed at 5 of 25 frames needs a fifth of the compute', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.startBlank('City video')
    await planner.goTo('workloads')
    await planner.addWorkload('video-analytics')
    await choose(
      page,
      'wl-0-preset',
      'Face recognition: RetinaFace-R50 detection + ArcFace-R100 embedding per face'
    )
    await choose(page, 'wl-0-codec', 'H.265')
    await planner.expectResultsCurrent()
    // 2 × (44.43 + 5 × 12.1) × 25 ÷ 1000 ÷ 0.3 = 17.49 TOPS per stream at every frame.
    expect(await figure(page, 'topsPerStream')).toBeCloseTo(17.49, 1)
    // Atlas 300I Pro publishes one decode figure (96 streams); H.265 uses it × ratio 1.0.
    expect(await figure(page, 'decodeCapacity')).toBe(96)

    await planner.goTo('workloads')
    await typeNumber(page, 'analysisFps', '5')
    await planner.expectResultsCurrent()
    // 5 analysed frames: 17.49 × 5 ÷ 25 = 3.50 TOPS; the decoder still sees 25 frames/s.
    expect(await figure(page, 'topsPerStream')).toBeCloseTo(3.5, 1)
    expect(await figure(page, 'decodeBound')).toBe(115)

    await planner.goTo('workloads')
    await typeNumber(page, 'analysisFps', '30')
    await planner.goTo('results')
    await planner.goTo('workloads')
    await expect(page.getByTestId('wl-0-analysisFps')).toContainText('cannot exceed')
    await typeNumber(page, 'analysisFps', '5')
    await page.getByTestId('wl-0-codec').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'video-en.png') })

    await planner.setLanguage('简体中文')
    await expect(page.getByText('每秒分析帧数').first()).toBeVisible()
    await expect(page.getByText('视频编码').first()).toBeVisible()
    await page.getByTestId('wl-0-codec').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'video-zh.png') })
  })

  test('10 PFLOPS BF16 on A100 buys 33 cards and says what they deliver', async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.startBlank('Platform')
    await planner.goTo('workloads')
    await planner.addWorkload('custom')
    await page.getByTestId('wl-0-source-pflops').click()
    await typeNumber(page, 'targetPflops', '10')
    await planner.expectResultsCurrent()
    // ceil(10 × 1000 ÷ 312) = ceil(32.05) = 33; 33 × 312 ÷ 1000 = 10.296 PFLOP/s.
    expect(await figure(page, 'accelerators')).toBe(33)
    expect(await figure(page, 'deliveredPflops')).toBeCloseTo(10.3, 1)

    await planner.goTo('workloads')
    await expect(page.getByTestId('wl-0-deliveredPflops')).toContainText('33')
    await page.screenshot({ path: join(SHOTS, 'pflops-en.png') })
    await planner.setLanguage('简体中文')
    await expect(page.getByTestId('wl-0-deliveredPflops')).toContainText('33 张卡')
    await page.screenshot({ path: join(SHOTS, 'pflops-zh.png') })
  })

  test('a card entered by hand takes decode figures per codec and refuses a zero, by field', async ({
    page
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.startBlank('Own card')
    await planner.goTo('hardware')
    await page.getByTestId('custom-vendor').locator('input').fill('Seed')
    await page.getByTestId('custom-name').locator('input').fill('Card 88')
    await page.getByTestId('custom-memoryGB').locator('input').fill('0')
    await page.getByTestId('custom-more').getByText('All figures').click()
    await page.getByTestId('custom-decode1080p30StreamsH265').locator('input').fill('60')
    await page.getByTestId('custom-add').click()
    await expect(page.getByText('must be a number > 0').first()).toBeVisible()
    await expect(page.getByText('give at least FP16, BF16 or INT8').first()).toBeVisible()
    await page.getByTestId('custom-vendor').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'manual-en.png') })
    await planner.setLanguage('简体中文')
    await page.getByTestId('custom-add').click()
    await expect(page.getByText('必须是大于 0 的数').first()).toBeVisible()
    await expect(page.getByText('视频解码，H.265（1080p30 路数）').first()).toBeVisible()
    await page.screenshot({ path: join(SHOTS, 'manual-zh.png') })
  })
})
