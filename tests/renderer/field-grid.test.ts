import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { NForm } from 'naive-ui'
import FieldGrid from '@renderer/components/workloads/FieldGrid.vue'
import { numberCell, selectCell, type FieldCell } from '@renderer/components/workloads/field-cells'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { setup } from './harness'

type Cell = FieldCell<'llm-inference'>
const cells: Cell[] = [
  // Label and help by convention: wizard.fields.<last segment>, wizard.help.<last segment>.
  numberCell('contextTokens', 12, { help: true, testid: 'ctx' }),
  // A named label, an empty text from the registry of defaults, no test id.
  numberCell('concurrency', 12, { label: 'inferenceUi.form.tensor', empty: 'number' }),
  // Option labels from a message prefix; the empty text from a fixed message.
  selectCell('framework', 12, ['vllm', 'mindie'], {
    label: 'inferenceUi.form.framework',
    optionLabels: { prefix: 'inferenceUi.form.frameworks' },
    clearable: true,
    empty: { key: 'inferenceUi.form.frameworkNone' },
    testid: 'fw'
  }),
  // Upper-case option labels and the registry default read in upper case.
  selectCell('kvPrecision', 12, ['fp16', 'fp8'], { clearable: true, empty: 'upper', testid: 'kv' }),
  { control: 'slot', span: 24, slot: 'extra' }
]

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

async function mountGrid(locale: 'en' | 'zh-CN', workload: Workload) {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  plan.load({ ...createBlankPlan(), workloads: [newWorkload('custom', 'c'), workload] })
  const grid = FieldGrid as Component
  const Wrapper = defineComponent({
    setup: () => () =>
      h(NForm, { labelPlacement: 'top' }, () =>
        h(
          grid,
          { index: 1, kind: 'llm-inference', cells },
          { extra: () => h('p', { 'data-testid': 'slot-extra' }, 'slot content') }
        )
      )
  })
  mounted = mount(Wrapper, {
    global: { plugins: [context.pinia, context.i18n, context.router] },
    attachTo: document.body
  })
  await flushPromises()
  return { plan, wrapper: mounted }
}

const inference = (more: Record<string, unknown> = {}) =>
  ({ ...newWorkload('llm-inference', 'i'), ...more }) as Workload

describe('FieldGrid', () => {
  it('labels cells by convention or by their key, in English and Chinese', async () => {
    const en = await mountGrid('en', inference())
    const enLabels = en.wrapper.findAll('label').map((l) => l.text())
    expect(enLabels).toEqual(
      expect.arrayContaining(['Context length', 'Tensor parallel', 'Serving framework'])
    )
    expect(en.wrapper.text()).toContain('KV-cache precision')
    expect(en.wrapper.get('[data-testid="wl-1-ctx"] .help-dot').attributes('aria-label')).toMatch(
      /KV cache/i
    )
    en.wrapper.unmount()
    mounted = undefined

    const zh = await mountGrid('zh-CN', inference())
    const zhLabels = zh.wrapper.findAll('label').map((l) => l.text())
    expect(zhLabels).toEqual(expect.arrayContaining(['上下文长度', '张量并行', '推理框架']))
    expect(zh.wrapper.text()).toContain('KV 缓存精度')
  })

  it('test ids follow wl-<index>-<testid>, and a slot cell renders the slot of its name', async () => {
    const { wrapper } = await mountGrid('en', inference())
    for (const id of ['wl-1-ctx', 'wl-1-fw', 'wl-1-kv'])
      expect(wrapper.find(`[data-testid="${id}"]`).exists(), id).toBe(true)
    expect(wrapper.get('[data-testid="slot-extra"]').text()).toBe('slot content')
  })

  it('empty fields show the fixed message or the default of the registry', async () => {
    // newWorkload sets concurrency 8; without it the empty field reads the default (1).
    const w = inference()
    delete (w as { concurrency?: number }).concurrency
    const { wrapper } = await mountGrid('en', w)
    expect(wrapper.text()).toContain('Generic defaults')
    // kvPrecision defaults to fp16 (weights in 16 bits), shown upper case.
    expect(wrapper.text()).toContain('FP16')
    const concurrency = wrapper.get('input[aria-label="Tensor parallel"]')
    expect((concurrency.element as HTMLInputElement).placeholder).toBe('default: 1')
  })

  it('a chosen option reads with its message label, and typing edits the workload at its path', async () => {
    const { plan, wrapper } = await mountGrid('en', inference({ framework: 'mindie' }))
    expect(wrapper.get('[data-testid="wl-1-fw"]').text()).toContain('MindIE (Ascend)')
    const input = wrapper.get('[data-testid="wl-1-ctx-input"] input').element as HTMLInputElement
    input.value = '2048'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ contextTokens: 2048, framework: 'mindie' })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })
})
