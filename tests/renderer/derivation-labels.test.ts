/**
 * Issue 13 (derivation panel): every step id and every input id the core can put in a
 * derivation — each workload kind (the shipped templates and examples, and each kind's
 * starting values), the roll-up, the plan's costs and the whole-cluster sizing — has a label
 * in words in both languages, so the panel never shows an id such as `topsPerStreamGiven`.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type Step } from '@shared/core'
import { messages, type MessageTree } from '@shared/i18n'
import { WORKLOAD_KINDS } from '@shared/schema/plan'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan-defaults'
import { newWorkload } from '@renderer/lib/workloads'
import { derivationLabelKey } from '@renderer/lib/explain'

function has(tree: MessageTree, key: string): boolean {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return false
    node = node[part]
  }
  return typeof node === 'string'
}

const FILES = import.meta.glob(
  ['../../resources/templates/*.cplan', '../../resources/examples/*.cplan'],
  { query: '?raw', import: 'default', eager: true }
) as Record<string, string>

function plans(): unknown[] {
  const files = Object.values(FILES).map((text) => JSON.parse(text) as unknown)
  const blank = WORKLOAD_KINDS.map((kind) => ({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: kind,
    workloads: [newWorkload(kind, `${kind}-1`)]
  }))
  return [...files, ...blank]
}

function ids(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => [step.id, ...step.inputs.map((input) => input.ref)])
}

function everyId(): Set<string> {
  const found = new Set<string>()
  for (const plan of plans()) {
    const result = estimatePlan(plan, { compare: false })
    for (const w of result.workloads) for (const id of ids(w.result.steps)) found.add(id)
    for (const g of result.totals?.byAccelerator ?? []) for (const id of ids(g.steps)) found.add(id)
    for (const id of ids(result.totals?.costSteps ?? [])) found.add(id)
    for (const section of result.totals?.cluster?.sections ?? [])
      for (const id of ids(section.steps)) found.add(id)
  }
  return found
}

describe('derivation labels', () => {
  const all = [...everyId()]
  it('walks a real set of ids', () => {
    expect(Object.keys(FILES).length).toBeGreaterThanOrEqual(10)
    expect(all.length).toBeGreaterThan(150)
    expect(all).toContain('topsPerStreamGiven')
  })
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`every id has a label in ${locale}`, () => {
      const tree = messages[locale] as unknown as MessageTree
      const missing = all.filter((id) => derivationLabelKey(id, (key) => has(tree, key)) === null)
      expect(missing).toEqual([])
    })
  }
})
