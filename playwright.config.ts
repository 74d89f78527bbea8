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
  // Workers are isolated (e2e/web/fixtures.ts: each has its own web host, port and user-data
  // folder), but on 2 cores a second worker bought nothing: 14 tests took 137 s with one and
  // 141 s with two, at a quiet load (docs/testing.md). One worker keeps each test's time, and
  // so its distance from the timeouts, what the specs were written for. E2E_WORKERS=2 to try.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  outputDir: 'test-results',
  // Every run's temporary folders (web hosts' user data, saved plans, quotes) live in one
  // scratch folder, removed at the end.
  globalSetup: './tests/support/scratch-tmpdir.ts',
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
