/**
 * Issue 13: every grey default in every workload form is what the core uses. For each kind,
 * a workload with all its optional fields empty is estimated by the real core; the form is
 * mounted WITHOUT that estimate (so it must read the registry itself), and every field's
 * placeholder must name the value the core applied. (Before: the training form promised
 * recompute "None", ZeRO 0 and 2048 tokens; the core used selective, ZeRO-1 and 4096.)
 */
import { beforeEach, describe, expect, it } from 'vitest'
import NumberField from '@renderer/components/fields/NumberField.vue'
import SelectField from '@renderer/components/fields/SelectField.vue'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useCatalogStore } from '@renderer/stores/catalog'
import { newWorkload } from '@renderer/lib/workloads'
import { estimatePlan } from '@shared/core'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { WORKLOAD_DEFAULTS } from '@shared/core/workload-defaults'
import { FIELD_ASSUMPTIONS } from '@shared/core/field-assumptions'
import { messages } from '@shared/i18n'
import { WORKLOAD_KINDS, type Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

/** A new workload of `kind` with every field that has a default left empty. */
function emptied(kind: Workload['kind']): Record<string, unknown> {
  const w = structuredClone(newWorkload(kind, 'w')) as Record<string, unknown>
  const fields = [
    ...Object.keys(WORKLOAD_DEFAULTS[kind]),
    ...Object.values(FIELD_ASSUMPTIONS[kind] ?? {})
  ]
  for (const field of fields) {
    const [head, tail] = field.split('.')
    if (tail === undefined) delete w[head]
    else if (typeof w[head] === 'object') delete (w[head] as Record<string, unknown>)[tail]
  }
  return w
}

/** The ways a value may read in a placeholder: as written, upper case, its option label. */
function readings(field: string, value: string | number): string[] {
  const en = messages.en.wizard as unknown as Record<string, Record<string, string>>
  if (typeof value === 'number')
    return [
      value.toLocaleString('en'),
      `${(value * 100).toLocaleString('en')}%` // fractions shown as percentages
    ]
  // Fine-tuning's option labels live in their own catalogue namespace (i18n/en/finetuning.ts).
  const finetuning = messages.en.finetuning as unknown as Record<string, Record<string, string>>
  const fromFinetuning = { method: finetuning.method, loraTargets: finetuning.targets }[field]
  // Video codec labels (H.264, H.265) live in i18n/en/video.ts.
  const codecs = messages.en.video.codecs as Record<string, string>
  const fromVideo = field === 'codec' ? codecs[value] : undefined
  return [
    value,
    value.toUpperCase(),
    en[field]?.[value],
    fromFinetuning?.[value],
    fromVideo
  ].filter((text): text is string => text !== undefined)
}

describe('form placeholders come from the registry the core uses', () => {
  beforeEach(() => localStorage.clear())

  it.each(WORKLOAD_KINDS.map((kind) => [kind]))(
    '%s',
    async (kind) => {
      const workload = emptied(kind)
      const plan = { ...createBlankPlan(), workloads: [workload] }
      const estimate = estimatePlan(plan)
      expect(estimate.issues).toEqual([])
      const result = estimate.workloads[0].result
      const applied = new Map(result.defaultsApplied.map((entry) => [entry.field, entry.value]))
      for (const [id, field] of Object.entries(FIELD_ASSUMPTIONS[kind] ?? {})) {
        const assumption = result.assumptions.find((a) => a.id === id)
        if (assumption) applied.set(field, assumption.typical)
      }

      // The form gets the catalog, but no estimate: what it shows is its own reading.
      const context = setup((channel) => (channel === 'catalog.get' ? catalogForRenderer() : null))
      await useCatalogStore().load()
      usePlanStore().load(plan as never)
      const wrapper = await mountIn(WorkloadForm, { index: 0 }, context)
      const fields = [
        ...wrapper.findAllComponents(NumberField),
        ...wrapper.findAllComponents(SelectField)
      ]
      const shown = new Map<string, string | undefined>()
      for (const field of fields) {
        const props = field.props() as { path: string; defaultText?: string }
        shown.set(props.path.replace(/^workloads\[0\]\./, ''), props.defaultText)
      }
      const checked: string[] = []
      for (const [field, value] of applied) {
        if (field.startsWith('model.') || !shown.has(field)) continue
        const text = shown.get(field)
        expect(text, `${kind}.${field}: no placeholder`).toBeDefined()
        const accepted = readings(field, value)
        expect(accepted, `${kind}.${field}: shows "${text}", core uses ${value}`).toContain(text)
        checked.push(field)
      }
      expect(checked.length, `${kind}: no field checked`).toBeGreaterThan(0)
      wrapper.unmount()
    },
    60_000
  )
})
