/**
 * The app's router (src/renderer/src/router.ts): the wizard's steps in order, one named route
 * each, the two pages outside the wizard, hash URLs, and where a bare or unknown address lands.
 */
import { describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import { WIZARD_STEPS, createAppRouter, routes } from '@renderer/router'
import ScenarioStep from '@renderer/views/steps/ScenarioStep.vue'
import WorkloadsStep from '@renderer/views/steps/WorkloadsStep.vue'
import HardwareStep from '@renderer/views/steps/HardwareStep.vue'
import CostsStep from '@renderer/views/steps/CostsStep.vue'
import ResultsStep from '@renderer/views/steps/ResultsStep.vue'
import QuoteStep from '@renderer/views/steps/QuoteStep.vue'
import InventoryView from '@renderer/views/inventory/InventoryView.vue'
import SettingsView from '@renderer/views/settings/SettingsView.vue'

/** The view a route shows: itself when bundled, what its loader resolves to when lazy. */
async function viewOf(component: unknown): Promise<unknown> {
  if (typeof component !== 'function') return component
  return ((await component()) as { default: Component }).default
}

describe('router', () => {
  it('lists the wizard steps in the order the planner walks them', () => {
    expect(WIZARD_STEPS).toEqual(['scenario', 'workloads', 'hardware', 'costs', 'results', 'quote'])
  })

  it('has one named route per step at /<step>, then inventory and settings', () => {
    const named = routes.filter((route) => route.name).map((route) => [route.name, route.path])
    expect(named).toEqual([
      ['scenario', '/scenario'],
      ['workloads', '/workloads'],
      ['hardware', '/hardware'],
      ['costs', '/costs'],
      ['results', '/results'],
      ['quote', '/quote'],
      ['inventory', '/inventory'],
      ['settings', '/settings']
    ])
  })

  it('shows each route’s own view; only the landing step is bundled, the rest load lazily', async () => {
    const expected: Record<string, Component> = {
      scenario: ScenarioStep,
      workloads: WorkloadsStep,
      hardware: HardwareStep,
      costs: CostsStep,
      results: ResultsStep,
      quote: QuoteStep,
      inventory: InventoryView,
      settings: SettingsView
    }
    for (const route of routes.filter((r) => r.name)) {
      const name = String(route.name)
      // A bundled SFC is an object; a lazy chunk is a loader function.
      expect(typeof route.component, name).toBe(name === 'scenario' ? 'object' : 'function')
      expect(await viewOf(route.component), name).toBe(expected[name])
    }
  })

  it('uses hash URLs (works from app:// and from the web host alike)', () => {
    const router = createAppRouter()
    expect(router.resolve({ name: 'costs' }).href).toBe('#/costs')
    expect(router.resolve({ name: 'settings' }).href).toBe('#/settings')
    // A query rides after the hash path, where both hosts leave it alone.
    expect(router.resolve({ name: 'workloads', query: { workload: 'w1' } }).href).toBe(
      '#/workloads?workload=w1'
    )
  })

  it('sends the bare address to the first step', async () => {
    const router = createAppRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('scenario')
    expect(router.currentRoute.value.redirectedFrom?.fullPath).toBe('/')
  })

  it('sends an unknown address, however deep, to the first step rather than a blank page', async () => {
    const router = createAppRouter()
    await router.push('/results') // somewhere else first, so the redirect is seen to move
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('scenario')
    expect(router.currentRoute.value.redirectedFrom?.path).toBe('/no/such/page')
  })

  it('gives each call its own router: navigating one leaves another where it was', async () => {
    const a = createAppRouter()
    const b = createAppRouter()
    expect(a).not.toBe(b)
    await a.push('/inventory')
    await b.push('/hardware')
    expect(a.currentRoute.value.name).toBe('inventory')
    expect(b.currentRoute.value.name).toBe('hardware')
  })
})
