/**
 * Issue 13 (Costs step) and issue 15 (prices): every card, server and cluster part the plan
 * can buy has a price row; a typed price and its currency, VAT flag, date and source land in
 * the plan's price book (never the inventory); a session-4 plan whose price sits in a
 * "0 on hand" inventory row shows it as a price. Screenshots in both languages at 1366×768.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'costs')
const ATLAS = 'huawei-atlas-300i-pro'
const H20 = 'nvidia-h20-96gb'
// A switch with no public reference price in the catalog (docs/catalog.md), so its row
// starts at "price needed".
const SWITCH = 'nvidia-sn2201'

test.use({ viewport: { width: 1366, height: 768 } })

test('every price is editable in the Costs table and saved in the price book', async ({
  page,
  host
}) => {
  mkdirSync(SHOTS, { recursive: true })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Priced parts')
  await planner.addWorkload('video-analytics')
  await planner.setPrice(ATLAS, '12345')

  const table = planner.priceTable
  // Cards, the server the plan uses, and the cluster's part classes each have a group.
  for (const group of ['accelerator', 'server', 'switch', 'nic', 'transceiver', 'cable'])
    await expect(planner.priceGroup(group)).toBeVisible()
  // A part nobody priced says so.
  await expect(planner.priceInUse(SWITCH)).toHaveText(/price needed/)

  const row = planner.priceRow(SWITCH)
  await planner.setPrice(SWITCH, '250000')
  await expect(planner.priceInUse(SWITCH)).toContainText('your price')
  await row.getByRole('checkbox').click()
  await row.getByRole('textbox', { name: /Date of the price/ }).fill('2026-11')
  await row.getByRole('textbox', { name: /Date of the price/ }).press('Enter')
  await row.getByRole('textbox', { name: /Source of the price/ }).fill('vendor quote 17')
  await row.getByRole('textbox', { name: /Source of the price/ }).press('Enter')

  await table.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SHOTS, 'costs-en.png'), fullPage: true })
  await planner.setLanguage('简体中文')
  await expect(planner.priceInUse(SWITCH)).toContainText('您的价格')
  await page.screenshot({ path: join(SHOTS, 'costs-zh-CN.png'), fullPage: true })
  await planner.setLanguage('English')

  const saved = JSON.parse(readFileSync(await planner.save(), 'utf8'))
  expect(saved.priceBook).toEqual([
    { partId: ATLAS, price: expect.objectContaining({ amount: 12345 }) },
    {
      partId: SWITCH,
      price: expect.objectContaining({
        amount: 250000,
        date: '2026-11',
        source: 'vendor quote 17'
      }),
      taxIncluded: true
    }
  ])
  expect(saved.inventory ?? []).toEqual([])
})

test('a session-4 plan: its price-only inventory row is shown as a price, and moves to the book', async ({
  page,
  host
}) => {
  const catalog = JSON.parse(readFileSync('resources/catalog/accelerators.json', 'utf8'))
  const list: { id: string; source?: string }[] = Array.isArray(catalog)
    ? catalog
    : catalog.accelerators
  const { id: _id, source: _source, ...spec } = list.find((a) => a.id === H20)!
  const legacy = {
    format: 'compute-planner/plan',
    version: 1,
    name: 'Session 4 prices',
    workloads: [
      { id: 'video-1', kind: 'video-analytics', accelerator: H20, streams: 100, topsPerStream: 2 }
    ],
    settings: { currency: 'CNY' },
    inventory: [
      {
        ...spec,
        id: H20,
        quantityOnHand: 0,
        price: { amount: 98000, currency: 'CNY', source: 'Price entered in this plan' }
      }
    ]
  }
  const file = join(mkdtempSync(join(tmpdir(), 'cp-e2e-legacy-')), 'legacy.cplan.json')
  writeFileSync(file, JSON.stringify(legacy))

  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.openFile(file)
  await expect(page).toHaveTitle(/legacy/)
  await planner.goTo('costs')
  await expect(planner.priceInUse(H20)).toContainText('98,000')
  await expect(planner.priceInUse(H20)).toContainText('your price')
  // Not a card on hand.
  await expect(planner.priceRow(H20)).not.toContainText('on hand')

  await planner.setPrice(H20, '90000')
  const saved = JSON.parse(readFileSync(await planner.save(), 'utf8'))
  expect(saved.inventory ?? []).toEqual([])
  expect(saved.priceBook).toEqual([
    { partId: H20, price: expect.objectContaining({ amount: 90000, currency: 'CNY' }) }
  ])
})

test('the derivation panel writes the arithmetic out, in words, in both languages', async ({
  page,
  host
}) => {
  mkdirSync(SHOTS, { recursive: true })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.useTemplate('video-analytics-3000')
  await planner.setPrice('seed-ascend-inference-card-88tops-int8', '20000')
  await planner.expectResultsCurrent()

  const panel = await planner.explain(planner.figure(0, 'accelerators'))
  await expect(planner.derivationPart('arithmetic')).toContainText('= 209')
  await expect(panel).not.toContainText('clusterParallelEfficiency')
  await page.screenshot({ path: join(SHOTS, 'derivation-accelerators-en.png') })
  await page.keyboard.press('Escape')

  await planner.explain(planner.totalCapex)
  await expect(planner.derivationPart('formula')).toContainText('×')
  await page.screenshot({ path: join(SHOTS, 'derivation-capex-en.png') })
  await page.keyboard.press('Escape')

  await planner.setLanguage('简体中文')
  await planner.explain(planner.totalServers)
  await expect(planner.derivationPart('formula')).toContainText('各卡型')
  await page.screenshot({ path: join(SHOTS, 'derivation-servers-zh-CN.png') })
  await page.keyboard.press('Escape')
  await planner.explain(planner.figure(0, 'accelerators'))
  await expect(planner.derivationPart('arithmetic')).toContainText('= 209')
  await page.screenshot({ path: join(SHOTS, 'derivation-accelerators-zh-CN.png') })
  await planner.setLanguage('English')
})
