/**
 * Issue 19: Ctrl+Z typed inside a text field ran the plan-wide undo — the first press wiped
 * the name, the next ones reverted other fields and deleted a workload. Inside a field the
 * field's own undo runs (the browser's); the plan-wide undo only outside fields.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '@renderer/App.vue'
import { createApi, installApi } from '@renderer/api'
import { createAppI18n } from '@renderer/i18n'
import { createAppRouter } from '@renderer/router'
import { usePlanStore } from '@renderer/stores/plan'
import { addWorkload, setWorkloadName } from '@renderer/stores/plan-commands'
import { isEditableField, undoScope } from '@renderer/lib/keys'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

async function mountWebApp() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  const invoke = vi.fn(async (_method: string, channel: string) =>
    channel === 'app.info'
      ? {
          ok: true as const,
          data: {
            name: 'Compute Planner',
            version: '0',
            platform: 'linux',
            locale: 'en',
            transport: 'web'
          }
        }
      : channel === 'recent.list'
        ? { ok: true as const, data: [] }
        : { ok: true as const, data: null }
  )
  installApi(createApi(invoke))
  const wrapper = mount(App, {
    global: { plugins: [pinia, createAppI18n('en'), router] },
    attachTo: document.body
  })
  mounted.push(wrapper)
  await router.push('/scenario')
  await router.isReady()
  await flushPromises()
  return wrapper
}

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('undo inside a field', () => {
  it('the issue’s sequence: Ctrl+Z in a field leaves the plan alone; outside, it undoes the plan', async () => {
    const wrapper = await mountWebApp()
    const plan = usePlanStore()
    plan.run((draft) => addWorkload(draft, 'video-analytics'))
    plan.run((draft) => setWorkloadName(draft, 0, 'City cameras'), 'field:workloads[0].name')
    const field = wrapper.get('[data-testid="blank-name"] input').element as HTMLInputElement
    field.focus()
    for (let i = 0; i < 4; i++) {
      const undo = press(field, { key: 'z', ctrlKey: true })
      // Not prevented: the browser's own undo of the typing in this field goes ahead.
      expect(undo.defaultPrevented).toBe(false)
    }
    const redo = press(field, { key: 'y', ctrlKey: true })
    expect(redo.defaultPrevented).toBe(false)
    expect(plan.plan.workloads).toHaveLength(1)
    expect(plan.plan.workloads[0].name).toBe('City cameras')

    field.blur()
    const outside = press(document.body, { key: 'z', ctrlKey: true })
    expect(outside.defaultPrevented).toBe(true)
    expect(plan.plan.workloads[0].name).not.toBe('City cameras')
    expect(plan.plan.workloads).toHaveLength(1)
    press(document.body, { key: 'z', ctrlKey: true })
    expect(plan.plan.workloads).toHaveLength(0)
  })

  it('knows which elements keep their own undo history', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      return host.firstElementChild
    }
    expect(isEditableField(make('<input>'))).toBe(true)
    expect(isEditableField(make('<input type="number">'))).toBe(true)
    expect(isEditableField(make('<textarea></textarea>'))).toBe(true)
    expect(isEditableField(make('<input readonly>'))).toBe(false)
    expect(isEditableField(make('<input disabled>'))).toBe(false)
    expect(isEditableField(make('<input type="checkbox">'))).toBe(false)
    expect(isEditableField(make('<button>Go</button>'))).toBe(false)
    expect(isEditableField(document.body)).toBe(false)
    expect(isEditableField(null)).toBe(false)
    expect(undoScope(make('<input type="search">'))).toBe('field')
    expect(undoScope(make('<div></div>'))).toBe('plan')
  })
})
