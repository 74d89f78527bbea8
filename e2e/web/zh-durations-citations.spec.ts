/**
 * Issue 19, durations and citations in the Chinese UI at 1366×768: a 2-hour vision training
 * run compared on Ascend 910B reads "2.1 小时" in the comparison table and "需 2.1 小时 > 工期
 * 0.05 天" among its reasons (not 0.08633 天); the derivation drawer cites the card's figure by
 * its label ("BF16：…" / "FP16：…"), not by its schema id. Screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'zh')

const PLAN = JSON.stringify({
  format: 'compute-planner/plan',
  version: 1,
  name: '视觉训练',
  workloads: [
    {
      id: 'vision',
      name: '视觉训练平台',
      kind: 'vision-training',
      accelerator: 'huawei-ascend-910b',
      model: 'resnet50',
      images: 1_281_167,
      epochs: 90,
      accelerators: 8
    }
  ],
  settings: { currency: 'CNY', market: 'mainland-china' },
  constraints: { deadlineDays: 0.05 },
  compare: { enabled: true, candidates: ['huawei-ascend-910b'] }
})

test.describe('web host: durations and citations in Chinese', () => {
  test.setTimeout(120_000)

  test('a 2-hour run reads in hours; a cited figure reads by its label', async ({
    page,
    host,
    pageErrors
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.setViewportSize({ width: 1366, height: 768 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await planner.setLanguage('简体中文')
    await planner.dropFile('vision-zh.cplan', PLAN)
    await planner.goTo('results')
    await expect(planner.comparisonPanel).toBeVisible({ timeout: 60_000 })

    const ascend = planner.candidate('huawei-ascend-910b')
    await expect(ascend).toContainText('2.1 小时')
    await expect(ascend).toContainText('需 2.1 小时 > 工期 0.05 天')
    await expect(ascend).not.toContainText(/0\.0\d+ 天 >/)
    await expect(planner.comparisonPanel).toContainText('训练时长')
    await ascend.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'compare-duration-zh-CN-1366.png') })

    await planner.explain(planner.figure(0, 'days').first())
    const inputs = planner.derivationPart('inputs')
    // days ← accelerator-hours ← images/s per card ← effective TFLOP/s per card, whose input
    // is the cited peak: follow the first of those the drawer offers.
    for (let depth = 0; depth < 6; depth++) {
      if (/(?:BF16|FP16)：/.test(await inputs.innerText())) break
      let followed = false
      for (const part of ['Tflops', 'PerSecond', 'Hours']) {
        const drill = planner.derivation.locator(`[data-testid^="drill-"][data-testid*="${part}"]`)
        if ((await drill.count()) === 0) continue
        await drill.first().click()
        followed = true
        break
      }
      if (!followed) break
    }
    await expect(inputs).toContainText(/(?:BF16|FP16)：/)
    await expect(inputs).not.toContainText(/Tflops|user entry/)
    // The card by its Chinese catalog name, as the drawer's heading names it.
    await expect(inputs).toContainText(/昇腾 910B（通用口径） (?:BF16|FP16)：/)
    await page.screenshot({ path: join(SHOTS, 'citation-zh-CN-1366.png') })
    expect(pageErrors).toEqual([])
  })
})
