/**
 * Issue 19: complete systems quoted as one line. A planner buying Ascend 910B chooses
 * "complete systems" for the group on the Hardware step, enters the Atlas 800T A2 system price
 * on the Costs step (Huawei publishes none), and the Quote step shows one line per system and
 * no card line, in English and Chinese. Screenshots at 1366×768 in both languages.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'complete-system')
const NPU = 'huawei-ascend-910b'
const SYSTEM = 'huawei-atlas-800t-a2-system'

test.use({ viewport: { width: 1366, height: 768 } })

test('a 910B group bought as Atlas 800T A2 systems is one quote line', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true })
  const file = join(mkdtempSync(join(tmpdir(), 'cp-e2e-systems-')), 'atlas.cplan')
  writeFileSync(
    file,
    JSON.stringify({
      format: 'compute-planner/plan',
      version: 1,
      name: 'Atlas systems',
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
      settings: { currency: 'CNY', taxRate: 0.13, discount: 0 }
    })
  )
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.openFile(file)
  await expect(page).toHaveTitle(/^atlas — /)

  await planner.goTo('hardware')
  await planner.chooseCompleteSystem(NPU, 'Complete systems (Huawei Atlas 800T A2 training server)')
  await planner.completeSystemChoice.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SHOTS, 'hardware-en.png') })

  // No public price: the system's row asks for one, and takes the planner's.
  await planner.goTo('costs')
  await expect(planner.priceInUse(SYSTEM)).toHaveText(/price needed/)
  await planner.setPrice(SYSTEM, '1000000')
  await expect(planner.priceInUse(SYSTEM)).toContainText('your price')

  await planner.goTo('quote')
  const line = planner.quoteLine(`system:${NPU}`)
  // The description is an editable, wrapping field on the line.
  const description = line.locator('textarea').first()
  await expect(description).toHaveValue(
    'Huawei Atlas 800T A2 training server (8 × Ascend 910B (generic, as commonly quoted)), complete system'
  )
  // 64 cards / 8 per system = 8 systems × ¥1,000,000.
  await expect(line).toContainText('8,000,000')
  await expect(planner.quoteLine(`accelerator:${NPU}`)).toHaveCount(0)
  await expect(planner.quoteLine(`server:${NPU}`)).toHaveCount(0)
  await page.screenshot({ path: join(SHOTS, 'quote-en.png') })

  await planner.setLanguage('简体中文')
  await expect(description).toHaveValue(
    '华为 Atlas 800T A2 训练服务器（8 × 昇腾 910B（通用口径））整机'
  )
  await page.screenshot({ path: join(SHOTS, 'quote-zh-CN.png') })
  await planner.goTo('hardware')
  await planner.completeSystemChoice.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SHOTS, 'hardware-zh-CN.png') })
  await planner.setLanguage('English')

  const saved = JSON.parse(readFileSync(await planner.save(), 'utf8'))
  expect(saved.settings.completeSystemByAccelerator).toEqual({ [NPU]: true })
  expect(saved.priceBook).toEqual([
    { partId: SYSTEM, price: expect.objectContaining({ amount: 1_000_000, currency: 'CNY' }) }
  ])
})
