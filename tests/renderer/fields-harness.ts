/**
 * Mounting for the workload Fields tests (LlmInferenceFields, CustomFields, …): one kind's
 * field block for the workload at index 1 of a plan whose workload 0 is of another kind, so
 * that paths and test ids must follow the index given, not the first workload.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach } from 'vitest'
import type { Component } from 'vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import type { Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

/**
 * Registers an afterEach that unmounts, and returns `mountFields(locale, workload?)`: it
 * unmounts what the test mounted before, loads `[first(), workload ?? second()]` and mounts
 * `component` with `{ index: 1 }`, returning the plan store and the wrapper.
 */
export function fieldsHarness(component: Component, first: () => Workload, second: () => Workload) {
  let mounted: VueWrapper | undefined
  const unmount = () => {
    mounted?.unmount()
    mounted = undefined
  }
  afterEach(unmount)

  async function mountFields(locale: 'en' | 'zh-CN', workload: Workload = second()) {
    unmount()
    const context = setup(() => null, locale)
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [first(), workload] })
    mounted = await mountIn(component, { index: 1 }, context)
    return { plan, wrapper: mounted }
  }
  return { mountFields }
}

/** Types `text` into the input `selector` finds, as a user would, and lets the edit settle. */
export async function type(wrapper: VueWrapper, selector: string, text: string): Promise<void> {
  const input = wrapper.get(selector).element as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Whether the field with test id `wl-1-<id>` is shown. */
export const has = (wrapper: VueWrapper, id: string) =>
  wrapper.find(`[data-testid="wl-1-${id}"]`).exists()
