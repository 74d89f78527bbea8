import { test as base, expect } from '@playwright/test'
import { startHost, type RunningHost } from '../support/web-host'

/** One web host per worker; every page fails the test on an uncaught error. */
export const test = base.extend<{ pageErrors: Error[] }, { host: RunningHost }>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startHost()
      await use(host)
      await host.stop()
    },
    { scope: 'worker' }
  ],
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await use(errors)
    expect(errors, 'uncaught errors in the page').toEqual([])
  }
})

export { expect }
