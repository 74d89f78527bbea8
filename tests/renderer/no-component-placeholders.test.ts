/**
 * Issue 13 (Low): no field shows the component library's own placeholder ("Please Input",
 * "Please Select", 请输入, 请选择) — every empty field says what goes in it or which default
 * applies. Mounts every workload form (each kind, with its starting values) and the wizard
 * steps that hold fields before there are results (Scenario, Hardware, Costs).
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import CostsStep from '@renderer/views/steps/CostsStep.vue'
import HardwareStep from '@renderer/views/steps/HardwareStep.vue'
import ScenarioStep from '@renderer/views/steps/ScenarioStep.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useCatalogStore } from '@renderer/stores/catalog'
import { newWorkload } from '@renderer/lib/workloads'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { WORKLOAD_KINDS } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

const LIBRARY_PLACEHOLDERS = /Please Input|Please Select|请输入|请选择/

/** Every placeholder the page shows: input attributes and the select's placeholder text. */
function placeholders(): string[] {
  const attributes = [
    ...document.querySelectorAll('input[placeholder], textarea[placeholder]')
  ].map((element) => element.getAttribute('placeholder') ?? '')
  const selects = [...document.querySelectorAll('.n-base-selection-placeholder')].map(
    (element) => element.textContent ?? ''
  )
  return [...attributes, ...selects]
}

async function check(locale: 'en' | 'zh-CN', component: Component, props = {}): Promise<void> {
  const context = setup(
    (channel) => (channel === 'catalog.get' ? catalogForRenderer() : null),
    locale
  )
  await useCatalogStore().load()
  usePlanStore().load({
    ...createBlankPlan(),
    workloads: WORKLOAD_KINDS.map((kind, i) => newWorkload(kind, `w${i}`))
  } as never)
  const wrapper = await mountIn(component, props, context)
  const found = placeholders()
  expect(found.length, 'the page has fields').toBeGreaterThan(0)
  const offending = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
    .filter((element) => LIBRARY_PLACEHOLDERS.test(element.getAttribute('placeholder') ?? ''))
    .map(
      (element) =>
        element.closest('[data-testid]')?.getAttribute('data-testid') ??
        element.outerHTML.slice(0, 120)
    )
  expect(
    found.filter((text) => LIBRARY_PLACEHOLDERS.test(text)),
    offending.join(' | ')
  ).toEqual([])
  wrapper.unmount()
}

describe('no component-library placeholders', () => {
  // A failed check leaves its page behind; the next one starts from an empty page.
  afterEach(() => {
    document.body.innerHTML = ''
  })
  for (const locale of ['en', 'zh-CN'] as const) {
    it.each(WORKLOAD_KINDS.map((kind, index) => [kind, index]))(
      `${locale}: %s workload form`,
      (_kind, index) => check(locale, WorkloadForm, { index }),
      60_000
    )
    it.each([
      ['Costs', CostsStep],
      ['Hardware', HardwareStep],
      ['Scenario', ScenarioStep]
    ] as const)(`${locale}: %s step`, (_name, step) => check(locale, step), 60_000)
  }
})
