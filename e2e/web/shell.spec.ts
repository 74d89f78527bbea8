import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage, type WizardStep } from '../support/planner-page'

const STEPS: readonly WizardStep[] = [
  'scenario',
  'workloads',
  'hardware',
  'costs',
  'results',
  'quote'
]
const SHOTS = join('test-results', 'screenshots', 'shell')

test.describe('web host: the app shell', () => {
  test('walks the wizard frame in both languages, with a screenshot per step', async ({
    page,
    host,
    pageErrors
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    // The token is kept for the session and removed from the address bar.
    await expect(page).not.toHaveURL(/token=/)
    for (const [locale, nextLabel] of [
      ['en', 'Next'],
      ['zh-CN', '下一步']
    ] as const) {
      await planner.setLanguage(locale === 'en' ? 'English' : '简体中文')
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await planner.goTo('scenario')
      for (const step of STEPS) {
        await expect(planner.step(step)).toBeVisible()
        await page.screenshot({ path: join(SHOTS, `${locale}-${step}.png`) })
        if (step !== 'quote') await page.getByRole('button', { name: nextLabel }).click()
      }
    }
    expect(pageErrors).toEqual([])
  })

  test('calls calc.estimate through the UI and the About dialog through app.info', async ({
    page,
    host
  }) => {
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.goTo('results')
    await expect(await planner.recalculate()).toBeVisible()
    await expect(await planner.openAbout()).toContainText('0.')
    await planner.closeAbout()
  })

  test('API refuses calls without the token and malformed bodies', async ({ request, host }) => {
    const noToken = await request.post(`${host.origin}/api/app.info`, { data: {} })
    expect(noToken.status()).toBe(401)
    expect((await noToken.json()).error.code).toBe('UNAUTHORIZED')
    const malformed = await request.post(`${host.origin}/api/calc.estimate`, {
      headers: { 'X-Compute-Planner-Token': host.token },
      data: { request: { format: 'nope' } }
    })
    expect(malformed.status()).toBe(400)
    expect((await malformed.json()).error.code).toBe('BAD_REQUEST')
  })
})
