import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * Chromium: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium, else
 * Playwright's own download where one is installed (developer laptops).
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium']
  return candidates.find((path): path is string => !!path && existsSync(path))
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two workers, each with its own web host, port and user-data folder (e2e/web/fixtures.ts
  // `host` is worker-scoped), so they share no state; a spec file stays in one worker, in
  // order. One worker left a 2-core CI machine half idle (docs/testing.md). E2E_WORKERS=1
  // for a machine that is already busy.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'web',
      testDir: 'e2e/web',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testDir: 'e2e/electron' }
  ]
})
