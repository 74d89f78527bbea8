/**
 * Issue 14: a serving plan with a 300 ms TTFT target across H20, Ascend 910B and H100 in
 * the mainland-China market: H100 excluded as restricted, H20 infeasible on TTFT with the
 * numbers, the feasible 910B recommended; the table exported as CSV and re-read; the PDF
 * report exported. Screenshots in both languages.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'compare')
const PLAN = readFileSync(join('tests', 'fixtures', 'compare', 'serving-cn.cplan'), 'utf8')

/** RFC 4180 fields: quoted, doubled quotes; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1].replace(/""/g, '"'))
    )
}

test.describe('compare: targets, market and the report', () => {
  test.setTimeout(180_000)

  test('300 ms TTFT in mainland China: H100 restricted, H20 too slow, 910B recommended', async ({
    page,
    host
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.setViewportSize({ width: 1366, height: 900 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.expectOnScenario()
    await planner.dropFile('serving-cn.cplan', PLAN)
    await expect(page).toHaveTitle(/serving-cn/)
    await planner.goTo('results')
    const panel = planner.comparisonPanel
    await expect(panel).toBeVisible({ timeout: 60_000 })
    await expect(planner.marketSelect).toHaveValue('mainland-china')

    const h100 = planner.candidate('nvidia-h100-sxm5-80gb')
    await expect(h100).toHaveAttribute('data-excluded', 'true')
    await expect(h100).toContainText('Restricted in mainland China since 2022-10-07')

    const h20 = planner.candidate('nvidia-h20-96gb')
    await expect(h20).toHaveAttribute('data-feasible', 'false')
    await expect(h20).toContainText(/chat: TTFT [\d,]+ ms > 300 ms/)

    const ascend = planner.candidate('huawei-ascend-910b')
    await expect(ascend).toHaveAttribute('data-feasible', 'true')
    await expect(ascend).toContainText('★')
    await expect(planner.comparisonRecommendation).toContainText(
      /Ascend 910B .* is the cheapest candidate/
    )
    await expect(planner.comparisonNotRanked).toContainText('2 of 3 candidates not ranked')
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'compare-en.png'), fullPage: true })

    // The table exported as CSV and read back: the same rows, the same reasons.
    const csv = await planner.exportComparisonCsv()
    expect(csv.suggestedFilename()).toMatch(/\.csv$/)
    const rows = parseCsv(readFileSync(await csv.path(), 'utf8'))
    expect(rows[0].slice(0, 3)).toEqual(['Candidate', 'Workloads', 'Cards'])
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]))
    expect(byName.get('H100 SXM5 80GB')![14]).toContain('Restricted in mainland China')
    expect(byName.get('H20 96GB')![14]).toMatch(/chat: TTFT \d+ ms > 300 ms/)
    const first = rows[1]
    expect(first[0]).toMatch(/^Ascend 910B/)
    expect(first[15]).toBe('yes')
    const ttftShown = Number(
      ((await h20.locator('td').nth(6).textContent()) ?? '').replace(/[^\d.]/g, '')
    )
    expect(Math.round(Number(byName.get('H20 96GB')![6]))).toBe(ttftShown)

    // Side by side: pin two candidates, differences highlighted.
    await ascend.locator('input[type=checkbox]').check()
    await h20.locator('input[type=checkbox]').check()
    const pinned = planner.pinnedComparison('chat')
    await expect(pinned.locator('thead th')).toHaveCount(3)
    await expect(pinned.locator('tr.differs').first()).toBeVisible()

    // The report, as a PDF.
    const pdf = await planner.exportComparisonReport()
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString('latin1')
    ).toBe('%PDF-')

    // Chinese.
    await planner.setLanguage('简体中文')
    await expect(h20).toContainText(/chat：首字延迟 TTFT [\d,]+ ms > 300 ms/)
    await expect(h100).toContainText('自 2022-10-07 起在中国大陆受限')
    await page.screenshot({ path: join(SHOTS, 'compare-zh.png'), fullPage: true })
    await planner.setLanguage('English')
  })
})
