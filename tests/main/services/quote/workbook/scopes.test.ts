/** Scopes: which cell each name a derivation uses lives in (own cell, plan setting, sums). */
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteModel } from '../../../../../src/main/services/quote/workbook/model'
import {
  buildScopes,
  clusterPrefix,
  exchangeRateName,
  planSettingName,
  scopeResolver,
  type Scope
} from '../../../../../src/main/services/quote/workbook/scopes'
import { mixedHardware, trainingAndServing } from '../../../quote/helpers/fixtures'
import { quoteModel } from '../../../quote/helpers/model'

const modelFor = (plan: PlanDocument) => quoteModel(plan)

const scope = (scopes: Scope[], prefix: string) => {
  const found = scopes.find((s) => s.prefix === prefix)
  if (!found) throw new Error(`no scope ${prefix}`)
  return found
}
const external = (s: Scope, id: string) => {
  const found = s.externals.find((e) => e.id === id)
  if (!found) throw new Error(`no external ${id} in ${s.prefix}`)
  return found
}

describe('buildScopes', () => {
  const model = modelFor(trainingAndServing())
  const scopes = buildScopes(model)

  it('one workload scope per workload in plan order, then groups, cluster sections, totals', () => {
    const workloads = scopes.filter((s) => s.kind === 'workload')
    expect(workloads.map((s) => [s.prefix, s.index])).toEqual([
      ['W1', 0],
      ['W2', 1]
    ])
    // Both workloads run on H100s: one roll-up group.
    expect(scopes.filter((s) => s.kind === 'group').map((s) => s.prefix)).toEqual(['G1'])
    const kinds = scopes.map((s) => s.kind)
    expect(kinds.lastIndexOf('workload')).toBeLessThan(kinds.indexOf('group'))
    expect(kinds.lastIndexOf('group')).toBeLessThan(kinds.indexOf('cluster'))
    const last = scopes[scopes.length - 1]
    expect(last).toMatchObject({ prefix: 'T', index: -1, kind: 'cluster' })
    expect(last.title).toEqual({ key: 'cluster.sections.totals' })
  })

  it('externals are the inputs that are not steps of the scope, each once', () => {
    for (const s of scopes) {
      const stepIds = new Set(s.steps.map((step) => step.id))
      const ids = s.externals.map((e) => e.id)
      expect(new Set(ids).size, s.prefix).toBe(ids.length)
      for (const id of ids) expect(stepIds.has(id), `${s.prefix} ${id}`).toBe(false)
      const inputs = new Set(s.steps.flatMap((step) => step.inputs.map((input) => input.ref)))
      for (const ref of inputs)
        if (!stepIds.has(ref)) expect(ids, `${s.prefix} misses ${ref}`).toContain(ref)
    }
  })

  it('an input equal to a plan setting lives in the shared plan cell; defaults stay own', () => {
    const w1 = scope(scopes, 'W1')
    expect(external(w1, 'pue').home).toEqual({
      kind: 'plan',
      name: planSettingName(model.names, 'pue')
    })
    expect(external(w1, 'targetDays')).toMatchObject({ value: 30, origin: 'input' })
    expect(external(w1, 'targetDays').home).toEqual({ kind: 'own' })
    expect(external(w1, 'mfu').origin).toBe('default')
    const g1 = scope(scopes, 'G1')
    expect(external(g1, 'discount').home).toEqual({ kind: 'plan', name: 'Plan_discount' })
    expect(external(g1, 'taxRate').home).toEqual({ kind: 'plan', name: 'Plan_taxRate' })
    // The exchange rate is found by its unit, CNY/USD → the CNY rate cell.
    expect(external(g1, 'planCurrencyRate').home).toEqual({
      kind: 'plan',
      name: exchangeRateName(model.names, 'CNY')
    })
  })

  it('a same-named input with another value than the setting keeps its own cell', () => {
    const plan = trainingAndServing()
    const base = modelFor(plan)
    const settings = {
      ...plan.settings,
      pue: 1.55,
      exchangeRates: { ...plan.settings.exchangeRates, CNY: 7 }
    }
    const changed: QuoteModel = { ...base, plan: { ...plan, settings } }
    const rebuilt = buildScopes(changed)
    expect(external(scope(rebuilt, 'W1'), 'pue')).toMatchObject({
      value: 1.3,
      home: { kind: 'own' }
    })
    expect(external(scope(rebuilt, 'G1'), 'planCurrencyRate').home).toEqual({ kind: 'own' })
  })

  it('a group sums the accelerators steps of its workloads', () => {
    const home = external(scope(scopes, 'G1'), 'acceleratorsNeeded')
    const stepNames = model.estimate.workloads.map(
      (w, i) => `W${i + 1}_${w.result.fieldSteps.accelerators}`
    )
    expect(home.home).toEqual({
      kind: 'sumOfWorkloads',
      names: stepNames,
      workloadIds: ['train', 'serve']
    })
    const sum = model.estimate.workloads
      .map((w) => w.result.steps.find((s) => s.id === w.result.fieldSteps.accelerators)!.value)
      .reduce((a, b) => a + b, 0)
    expect(home.value).toBe(sum)
  })

  it('cluster sections link to group cells and the totals to the Quote subtotals', () => {
    const sections = model.estimate.totals!.cluster!.sections
    sections.forEach((section, i) => {
      expect(clusterPrefix(model, section.id)).toBe(`C${i + 1}`)
      // A section without steps gets no scope, the others keep their section's number.
      expect(scopes.some((s) => s.prefix === `C${i + 1}`)).toBe(section.steps.length > 0)
    })
    expect(() => clusterPrefix(model, 'no-such-section')).toThrow(/no-such-section/)
    const withServers = scopes.filter(
      (s) => s.kind === 'cluster' && s.externals.some((e) => e.id === 'servers')
    )
    expect(withServers.length).toBeGreaterThan(0)
    for (const s of withServers)
      expect(external(s, 'servers').home).toEqual({ kind: 'plan', name: 'G1_servers' })
    const totals = scope(scopes, 'T')
    expect(external(totals, 'quoteHardwareSubtotal').home).toEqual({
      kind: 'plan',
      name: 'Quote_HardwareSubtotal'
    })
    expect(external(totals, 'quoteServicesSubtotal').home).toEqual({
      kind: 'plan',
      name: 'Quote_ServicesSubtotal'
    })
    expect(external(totals, 'groupsItPowerKW').home).toEqual({
      kind: 'sumOf',
      names: ['G1_itPowerKW']
    })
  })

  it('the totals sum every group of a plan with several accelerators', () => {
    const mixed = modelFor(mixedHardware())
    const mixedScopes = buildScopes(mixed)
    const groups = mixedScopes.filter((s) => s.kind === 'group').map((s) => s.prefix)
    expect(groups).toEqual(['G1', 'G2', 'G3'])
    expect(external(scope(mixedScopes, 'T'), 'groupsEnergyMWhPerYear').home).toEqual({
      kind: 'sumOf',
      names: groups.map((g) => `${g}_energyMWhPerYear`)
    })
  })
})

describe('scopeResolver', () => {
  it('resolves plan homes to the shared name, the rest to the scope, and marks them used', () => {
    const model = modelFor(trainingAndServing())
    const w1 = scope(buildScopes(model), 'W1')
    const resolve = scopeResolver(w1, model.names)
    expect(resolve('pue')).toBe('Plan_pue')
    expect(resolve('mfu')).toBe('W1_mfu')
    expect(resolve('accelerators')).toBe('W1_accelerators')
    expect(resolve('mfu')).toBe('W1_mfu')
    // Used but not yet given a cell: the registry refuses to complete.
    expect(() => model.names.assertComplete()).toThrow(/W1_mfu|Plan_pue|W1_accelerators/)
  })
})
