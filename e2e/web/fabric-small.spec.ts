/**
 * Issue 15 follow-up: a small Atlas plan (8 servers, 64 × 200GE) bought as complete systems.
 * Results draws one switch and no spines, and the per-accelerator breakdown names the system
 * and its price basis instead of the chassis, in English and Chinese, light and dark
 * (screenshots under test-results/screenshots/fabric-small).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'fabric-small')
const NPU = 'huawei-ascend-910b'

test('8 Atlas servers: one switch, the system named on Results', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.expectOnScenario()
  const plan = {
    format: 'compute-planner/plan',
    version: 1,
    name: 'Atlas small',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: NPU,
        model: 'llama-2-7b',
        tokens: 1e11,
        accelerators: 64
      }
    ],
    settings: {
      currency: 'CNY',
      taxRate: 0.13,
      completeSystemByAccelerator: { [NPU]: true }
    }
  }
  await planner.openFile({
    name: 'atlas-small.cplan',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan))
  })
  await expect(page).toHaveTitle(/^atlas-small — /)
  await planner.goTo('results')

  const figure = planner.fabric
  // The one-switch label (a link to the switchPorts step).
  const oneSwitch = planner.fabricCount('switchPorts')
  await expect(planner.fabricCount('leaves')).toHaveText('1 leaf switch')
  await expect(oneSwitch).toHaveText('all 8 rails on one switch')
  await expect(figure.locator('rect.spine')).toHaveCount(0)
  await figure.screenshot({ path: join(SHOTS, 'figure-light-en.png') })
  const breakdown = planner.acceleratorBreakdown
  const model = planner.acceleratorGroupCell(NPU, 'server-model')
  await expect(model).toContainText('Huawei Atlas 800T A2 training server')
  await expect(model).toContainText('complete system: 8 cards inside its price')
  await breakdown.screenshot({ path: join(SHOTS, 'breakdown-light-en.png') })

  await oneSwitch.click()
  await expect(planner.derivationPart('value')).toContainText('128')
  await planner.derivationPart('close').click()

  await planner.setTheme('dark')
  await planner.setLanguage('简体中文')
  await expect(oneSwitch).toHaveText('全部 8 个轨道接在同一台交换机上')
  await expect(model).toContainText('华为 Atlas 800T A2 训练服务器')
  await expect(model).toContainText('整机：8 张加速卡含在整机价格内')
  await figure.screenshot({ path: join(SHOTS, 'figure-dark-zh-CN.png') })
  await breakdown.screenshot({ path: join(SHOTS, 'breakdown-dark-zh-CN.png') })
  await planner.setLanguage('English')
  await planner.setTheme('light')
})
