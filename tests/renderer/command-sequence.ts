/**
 * Seeded sequences of the plan commands the UI offers, applied through the plan store as the
 * buttons apply them. After every step the plan must be plain data (no reactive proxy, no
 * class instance), estimate, save (JSON), and re-open as the same plan; undo must give back
 * the plan before the step. Used by plan-commands.test.ts (a fixed seed set, inside the
 * normal run) and by `npm run fuzz:commands` (many more seeds).
 */
import { isProxy, reactive, toRaw } from 'vue'
import { estimatePlan } from '@shared/core'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { readPlanText } from '@shared/schema/plan-file'
import { WORKLOAD_KINDS, type PlanDocument } from '@shared/schema/plan'
import type { LibraryEntry } from '@shared/schema/inventory'
import { toPlanInventory } from '@shared/inventory/to-plan'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { loadTemplate, templateIds } from '@renderer/templates'
import * as commands from '@renderer/stores/plan-commands'
import { mulberry32, pick, int, type Random } from '../../fuzz/random'

const catalog = catalogForRenderer()
const ASSUMPTION_IDS = ['mfu', 'decodeBandwidthEfficiency', 'videoHeadroom', 'customUtilization']

/** Where a value that is not plain JSON data sits in `value`, or null when all of it is. */
export function nonPlainAt(value: unknown, path = ''): string | null {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value !== 'object') return path
  if (isProxy(value)) return `${path} (reactive proxy)`
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonPlainAt(value[i], `${path}[${i}]`)
      if (found !== null) return found
    }
    return null
  }
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return `${path} (class instance)`
  for (const [key, child] of Object.entries(value)) {
    const found = nonPlainAt(child, path ? `${path}.${key}` : key)
    if (found !== null) return found
  }
  return null
}

/** A library as the Inventory view holds it: reactive rows, one of them the plan's card. */
function library(random: Random, plan: PlanDocument): LibraryEntry[] {
  const rows: LibraryEntry[] = catalog.accelerators.slice(0, int(random, 0, 3)).map((a) => ({
    id: a.id,
    kind: 'accelerator',
    vendor: a.vendor,
    name: a.name,
    memoryGB: a.memoryGB,
    quantityOnHand: int(random, 0, 16),
    price: { amount: int(random, 1, 300_000), currency: pick(random, ['CNY', 'USD', 'EUR']) }
  }))
  const used = plan.workloads.map((w) => w.accelerator).find((a) => typeof a === 'string')
  // A library's ids are unique (the inventory service keeps them so).
  if (used && !rows.some((row) => row.id === used) && random() < 0.5)
    rows.push({ id: used, kind: 'accelerator', vendor: 'X', name: used })
  return reactive(rows) as LibraryEntry[]
}

/** JSON with sorted keys: two plans are the same data whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, child: unknown) =>
    child && typeof child === 'object' && !Array.isArray(child)
      ? Object.fromEntries(Object.entries(child).sort(([a], [b]) => (a < b ? -1 : 1)))
      : child
  )
}

export interface Step {
  name: string
  apply(): Promise<void> | void
}

/** The commands the UI offers, as steps chosen by `random` on the store's current plan. */
function nextStep(random: Random, store: ReturnType<typeof usePlanStore>): Step {
  const plan = store.plan
  const count = plan.workloads.length
  const index = count > 0 ? int(random, 0, count - 1) : -1
  const anyAccelerator = () => pick(random, catalog.accelerators).id
  const options: Step[] = [
    {
      name: 'add workload',
      apply: () => void store.run((d) => commands.addWorkload(d, pick(random, WORKLOAD_KINDS)))
    },
    { name: 'undo', apply: () => store.undo() },
    { name: 'redo', apply: () => store.redo() },
    {
      name: 'switch language',
      apply: () => useUiStore().setLocale(pick(random, ['en', 'zh-CN'] as const))
    },
    {
      name: 'apply template',
      apply: async () => {
        const loaded = await loadTemplate(pick(random, templateIds()))
        if (loaded.ok) store.load(loaded.plan, { markSaved: false })
      }
    },
    {
      name: 'use library in plan',
      apply: () => {
        const { entries } = toPlanInventory(library(random, plan))
        store.run((d) => commands.useInventoryEntries(d, entries))
      }
    },
    {
      name: 'set plan assumption',
      apply: () => {
        const typical = 0.2 + random() * 0.5
        const value =
          random() < 0.5 ? typical : { typical, low: typical * 0.8, high: typical * 1.1 }
        store.update((d) =>
          commands.setField(d, `assumptionOverrides.${pick(random, ASSUMPTION_IDS)}`, value)
        )
      }
    },
    {
      name: 'set field',
      apply: () =>
        store.update(
          (d) => commands.setField(d, 'settings.pue', 1 + int(random, 1, 90) / 100),
          'field:settings.pue'
        )
    },
    {
      name: 'choose server',
      apply: () =>
        store.run((d) =>
          commands.setServer(d, pick(random, ['auto', ...catalog.servers.map((x) => x.id)]))
        )
    },
    {
      name: 'compare on/off',
      apply: () => store.run((d) => commands.setCompareEnabled(d, random() < 0.5))
    },
    {
      name: 'compare candidates',
      apply: () =>
        store.run((d) =>
          commands.setCompareCandidates(d, [anyAccelerator(), ...(plan.compare.candidates ?? [])])
        )
    },
    {
      name: 'hand-entered accelerator',
      apply: () =>
        store.run((d) =>
          commands.addInventoryEntry(d, {
            id: `own-${int(random, 1, 1e6)}`,
            vendor: 'Own',
            name: 'Card',
            int8Tops: 88,
            quantityOnHand: 0
          })
        )
    }
  ]
  if (index >= 0) {
    const w = plan.workloads[index]
    const accelerator = typeof w.accelerator === 'string' ? w.accelerator : anyAccelerator()
    options.push(
      { name: 'remove workload', apply: () => store.run((d) => commands.removeWorkload(d, index)) },
      {
        name: 'duplicate workload',
        apply: () => void store.run((d) => commands.duplicateWorkload(d, index))
      },
      {
        name: 'set price',
        apply: () => {
          const amount = random() < 0.2 ? null : int(random, 0, 500_000)
          const entry = catalog.accelerators.find((a) => a.id === accelerator)
          store.run((d) => commands.setPrice(d, accelerator, amount, entry), `price:${accelerator}`)
        }
      },
      {
        name: 'unuse inventory item',
        apply: () => {
          const id = plan.inventory?.length ? pick(random, plan.inventory).id : accelerator
          store.run((d) => commands.removeInventoryEntry(d, id))
        }
      },
      {
        name: 'set accelerator',
        apply: () => store.run((d) => commands.setAccelerator(d, index, anyAccelerator()))
      },
      {
        name: 'set accelerator for all',
        apply: () => store.run((d) => commands.setAcceleratorForAll(d, accelerator))
      },
      {
        name: 'rename workload',
        apply: () =>
          store.run(
            (d) =>
              commands.setWorkloadName(d, index, pick(random, ['', `W ${int(random, 1, 99)}`])),
            `field:workloads[${index}].name`
          )
      },
      {
        name: 'set sizing',
        apply: () =>
          store.run((d) =>
            commands.setSizing(d, index, pick(random, ['accelerators', 'targetDays'] as const), {
              accelerators: int(random, 1, 100),
              days: random() < 0.5 ? undefined : 12.5
            })
          )
      },
      {
        name: 'set workload assumption',
        apply: () => {
          const typical = 0.3 + random() * 0.4
          const id = pick(random, ASSUMPTION_IDS)
          const field =
            id === 'videoHeadroom' && w.kind === 'video-analytics' ? 'headroom' : undefined
          const next =
            random() < 0.3
              ? undefined
              : random() < 0.5
                ? { typical }
                : { typical, low: typical * 0.9, high: typical * 1.05 }
          store.run((d) => commands.setWorkloadAssumption(d, index, id, field, next))
        }
      },
      {
        name: 'set workload assumption range',
        apply: () => {
          const typical = 0.3 + random() * 0.4
          store.update((d) =>
            commands.setField(
              d,
              `workloads[${index}].assumptions.${pick(random, ASSUMPTION_IDS)}`,
              { typical, low: typical * 0.9, high: typical * 1.05 }
            )
          )
        }
      }
    )
  }
  return pick(random, options)
}

export interface SequenceFailure {
  seed: number
  step: number
  name: string
  problem: string
}

/**
 * Runs `steps` seeded steps on the store (a fresh Pinia must be active) and checks the plan
 * after each; returns the first failure, or null.
 */
export async function runSequence(seed: number, steps: number): Promise<SequenceFailure | null> {
  const random = mulberry32(seed)
  const store = usePlanStore()
  for (let step = 0; step < steps; step++) {
    const { name, apply } = nextStep(random, store)
    const before = JSON.stringify(store.toDocument())
    const fail = (problem: string): SequenceFailure => ({ seed, step, name, problem })
    try {
      await apply()
      const nonPlain = nonPlainAt(toRaw(store.plan))
      if (nonPlain !== null) return fail(`not plain data at ${nonPlain}`)
      const document = store.toDocument()
      const estimate = estimatePlan(document)
      if (!estimate.ok && estimate.issues.length === 0) return fail('estimate failed silently')
      const reopened = readPlanText(JSON.stringify(document))
      if (!reopened.ok)
        return fail(
          `saved plan does not reopen: ${reopened.error.message} ${JSON.stringify(reopened.error.issues)}`
        )
      if (canonical(reopened.plan) !== canonical(document))
        return fail('reopened plan differs from the saved one')
      if (name !== 'undo' && name !== 'redo' && name !== 'apply template' && store.canUndo) {
        const after = JSON.stringify(store.toDocument())
        if (after !== before) {
          store.undo()
          if (JSON.stringify(store.toDocument()) !== before) return fail('undo did not restore')
          store.redo()
          if (JSON.stringify(store.toDocument()) !== after) return fail('redo did not reapply')
        }
      }
    } catch (error) {
      return fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    }
  }
  return null
}
