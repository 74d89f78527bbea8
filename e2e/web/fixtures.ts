import { test as base, expect } from '@playwright/test'
import { startHost, type RunningHost } from '../support/web-host'

/**
 * One web host per worker (starting it is the slow part); every test starts from the default
 * user settings, so a language or theme chosen by one test never leaks into the next; every
 * page fails the test on an uncaught error.
 */
export const test = base.extend<
  { pageErrors: Error[]; freshSettings: void },
  { host: RunningHost }
>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startHost()
      await use(host)
      await host.stop()
    },
    { scope: 'worker' }
  ],
  freshSettings: [
    async ({ request, host }, use) => {
      const reset = await request.post(`${host.origin}/api/settings.set`, {
        headers: { 'X-Compute-Planner-Token': host.token },
        data: {
          request: {
            language: 'en',
            theme: 'light',
            companyName: '',
            authorName: '',
            companyLogo: null,
            defaultVatRate: null,
            procurement: {}
          }
        }
      })
      expect(reset.ok(), 'reset the host settings').toBe(true)
      await use()
    },
    { auto: true }
  ],
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await use(errors)
    expect(errors, 'uncaught errors in the page').toEqual([])
  }
})

export { expect }
