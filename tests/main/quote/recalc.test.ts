/**
 * The workbook's numbers are live and right: every formula, recalculated by a real formula
 * engine (HyperFormula), equals its cached value and the core's figure; changing an
 * assumption on the Assumptions sheet moves the accelerators, servers and totals exactly as
 * re-running the core with that assumption does.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { computeQuoteLines } from '@shared/quote/lines'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteEdits } from '@shared/schema/quote'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import {
  examplePlans,
  edits,
  fullEdits,
  mixedHardware,
  trainingAndServing
} from './helpers/fixtures'
import { close, formulaCells, readWorkbook, recalculate } from './helpers/workbook'

async function build(
  plan: PlanDocument,
  quoteEdits: QuoteEdits = edits(),
  language: 'en' | 'zh-CN' | 'both' = 'en'
) {
  const estimate = estimatePlan(plan)
  expect(estimate.ok, JSON.stringify(estimate.issues)).toBe(true)
  const built = await buildQuoteWorkbook({
    plan,
    estimate,
    edits: quoteEdits,
    language,
    date: '2025-03-01',
    letterhead: { company: 'ACME', author: 'Planner' }
  })
  const workbook = await readWorkbook(built.bytes)
  return { estimate, built, workbook, engine: recalculate(workbook) }
}

function expectEveryFormulaMatches(
  workbook: Awaited<ReturnType<typeof readWorkbook>>,
  engine: ReturnType<typeof recalculate>
) {
  const cells = formulaCells(workbook)
  expect(cells.length).toBeGreaterThan(0)
  for (const cell of cells) {
    const fresh = engine.valueAt(cell.sheet, cell.row, cell.col)
    expect(
      typeof fresh,
      `${cell.sheet}!${cell.address} = ${cell.formula} → ${JSON.stringify(fresh)}`
    ).toBe('number')
    expect(
      close(fresh as number, cell.cached),
      `${cell.sheet}!${cell.address} = ${cell.formula}: engine ${String(fresh)}, cached ${cell.cached}`
    ).toBe(true)
  }
  return cells.length
}

describe('every formula recalculates to its cached value', () => {
  for (const { file, plan } of examplePlans()) {
    it(`example ${file}`, async () => {
      const { workbook, engine, estimate, built } = await build(plan)
      expectEveryFormulaMatches(workbook, engine)
      // …and the totals are the core's.
      const totals = estimate.totals!
      estimate.totals!.byAccelerator.forEach((group, index) => {
        expect(engine.valueOf(`G${index + 1}_acceleratorsNeeded`)).toBe(group.accelerators)
        expect(engine.valueOf(`G${index + 1}_servers`)).toBe(group.servers)
        if (group.capex !== null)
          expect(close(engine.valueOf(`G${index + 1}_capex`) as number, group.capex)).toBe(true)
        if (group.tco !== null)
          expect(close(engine.valueOf(`G${index + 1}_tco`) as number, group.tco)).toBe(true)
      })
      if (totals.costComplete && totals.capex !== null) {
        // With no extra lines the quote is exactly the core's capital cost.
        expect(close(engine.valueOf('Quote_GrandTotal') as number, totals.capex)).toBe(true)
        expect(close(built.quote.totals.grandTotal, totals.capex)).toBe(true)
      }
      estimate.workloads.forEach((w) => {
        const index = plan.workloads.findIndex((x) => x.id === w.id)
        expect(engine.valueOf(`W${index + 1}_${w.result.fieldSteps.accelerators}`)).toBe(
          w.result.accelerators
        )
      })
    })
  }

  it('with every kind of user line, in three languages', async () => {
    for (const language of ['en', 'zh-CN', 'both'] as const) {
      const plan = trainingAndServing()
      const quoteEdits = fullEdits()
      const { workbook, engine, estimate } = await build(plan, quoteEdits, language)
      expectEveryFormulaMatches(workbook, engine)
      const expected = computeQuoteLines(plan, estimate, quoteEdits).totals
      expect(close(engine.valueOf('Quote_GrandTotal') as number, expected.grandTotal)).toBe(true)
      expect(close(engine.valueOf('Quote_OptionalTotal') as number, expected.optionalTotal)).toBe(
        true
      )
    }
  })

  it('with hardware from the inventory, without a price, and in another currency', async () => {
    const { workbook, engine, estimate } = await build(
      mixedHardware(),
      edits({ support: { ratePerYear: 0.1 } })
    )
    expectEveryFormulaMatches(workbook, engine)
    const groups = estimate.totals!.byAccelerator
    const own = groups.findIndex((g) => g.acceleratorId === 'our-910b')
    // Stock on hand is not bought again.
    expect(engine.valueOf(`G${own + 1}_acceleratorsToBuy`)).toBe(groups[own].accelerators - 8)
  })
})

describe('changing an assumption on the Assumptions sheet', () => {
  it('moves accelerators, servers and totals as the core does', async () => {
    // Cluster sizing off: with the network catalog priced, the quote total would carry the
    // fabric lines, and the workbook's fabric sizing is not live across a change of branch
    // (core/cluster/fabric.ts picks the leaf-uplink formula and the spine count in code, so a
    // 40 % lower MFU leaves the Sizing sheet's spines and leaf-to-spine links at the first
    // answer). Known gap, reported with issue 15; the cards and servers here are all live.
    const base = trainingAndServing()
    const plan = { ...base, settings: { ...base.settings, cluster: { enabled: false } } }
    const { engine, estimate } = await build(plan, fullEdits())
    const mfu = engine.valueOf('W1_mfu') as number
    expect(mfu).toBeGreaterThan(0)

    const lower = Math.round(mfu * 0.6 * 1000) / 1000
    engine.setName('W1_mfu', lower)
    const rerun = estimatePlan({ ...plan, assumptionOverrides: { mfu: lower } })
    expect(rerun.ok).toBe(true)
    const before = estimate.workloads[0].result.accelerators
    const after = rerun.workloads[0].result.accelerators
    expect(after).toBeGreaterThan(before)
    expect(engine.valueOf('W1_accelerators')).toBe(after)
    const group = rerun.totals!.byAccelerator[0]
    expect(engine.valueOf('G1_acceleratorsNeeded')).toBe(group.accelerators)
    expect(engine.valueOf('G1_servers')).toBe(group.servers)
    expect(close(engine.valueOf('G1_capex') as number, group.capex!)).toBe(true)
    expect(close(engine.valueOf('G1_tco') as number, group.tco!)).toBe(true)
    const expected = computeQuoteLines(
      rerun.workloads.length ? plan : plan,
      rerun,
      fullEdits()
    ).totals
    expect(
      close(engine.valueOf('Quote_HardwareSubtotal') as number, expected.hardwareSubtotal)
    ).toBe(true)
    expect(close(engine.valueOf('Quote_GrandTotal') as number, expected.grandTotal)).toBe(true)
  })

  it('with the cluster on, a change that moves the servers says the cluster must be re-sized', async () => {
    // The fabric's structure (one switch or leaf/spine, the spine count) is chosen in the core
    // for the servers at export and written as looked-up values; the workbook cannot re-choose
    // it, so it shows how far the servers have moved from what the cluster was sized for.
    const plan = trainingAndServing()
    const { engine, estimate } = await build(plan, fullEdits())
    const sections = estimate.totals!.cluster!.sections
    // The per-group sections (compute fabric, racks) are the ones sized from a group's servers.
    const groupId = estimate.totals!.byAccelerator[0].acceleratorId
    const sized = sections
      .map((section, index) => ({ section, name: `C${index + 1}_serversSinceSized` }))
      .filter(({ section }) => section.id.endsWith(`:${groupId}`))
    expect(sized.length).toBeGreaterThan(0)
    for (const { name } of sized) expect(engine.valueOf(name)).toBe(0)

    const mfu = engine.valueOf('W1_mfu') as number
    const lower = Math.round(mfu * 0.6 * 1000) / 1000
    engine.setName('W1_mfu', lower)
    const rerun = estimatePlan({ ...plan, assumptionOverrides: { mfu: lower } })
    const before = estimate.totals!.byAccelerator[0].servers
    const after = rerun.totals!.byAccelerator[0].servers
    expect(after).toBeGreaterThan(before)
    expect(engine.valueOf('G1_servers')).toBe(after)
    // Every section sized from the group's servers now reads the servers gained.
    for (const { name } of sized) expect(engine.valueOf(name)).toBe(after - before)
  })

  it('a plan setting (tax rate) moves the tax and the grand total', async () => {
    const plan = trainingAndServing()
    const { engine } = await build(plan)
    engine.setName('Plan_taxRate', 0.2)
    const rerun = estimatePlan({ ...plan, settings: { ...plan.settings, taxRate: 0.2 } })
    expect(close(engine.valueOf('Quote_GrandTotal') as number, rerun.totals!.capex!)).toBe(true)
  })
})
