/**
 * Issue 13 (Low): the web host answers the browser's favicon request (it was a 404 in every
 * session's console), and the page loads without a failed request.
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

test('the host serves the favicon; the first page load has no failed request', async ({
  page,
  host,
  request
}) => {
  const icon = await request.get(`${host.origin}/favicon.ico`)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/x-icon')
  expect((await icon.body()).length).toBeGreaterThan(100)

  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await expect(planner.stepNav('scenario')).toBeVisible()
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.ico$/)
  expect(failed).toEqual([])
})
