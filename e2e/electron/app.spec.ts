import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { PlannerPage } from '../support/planner-page'
import { findElectronBinary } from './electron-binary'

const ROOT = resolve(__dirname, '..', '..')
const STEPS = ['scenario', 'workloads', 'hardware', 'costs', 'results', 'quote'] as const
const binary = findElectronBinary()

test.describe('desktop app (real Electron)', () => {
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    if ('reason' in binary) {
      console.log(`[electron e2e] skipped: ${binary.reason}`)
      testInfo.skip(true, binary.reason)
    }
  })

  test('walks the wizard frame and estimates over IPC', async () => {
    if (!('path' in binary)) return
    const app = await electron.launch({
      executablePath: binary.path,
      args: [join(ROOT, 'out', 'main', 'index.js')],
      cwd: ROOT
    })
    const page = await app.firstWindow()
    const planner = new PlannerPage(page)
    // Context isolation + sandbox: the page sees the named bridge, and no Node at all.
    const exposure = await page.evaluate(() => ({
      bridge: typeof (window as unknown as { computePlanner?: unknown }).computePlanner,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process
    }))
    expect(exposure).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' })
    for (const step of STEPS) {
      await expect(planner.step(step)).toBeVisible()
      if (step !== 'quote') await planner.nextStep()
    }
    await planner.stepNav('results').click()
    await expect(await planner.recalculate()).toBeVisible()
    await app.close()
  })
})
