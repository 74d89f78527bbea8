import type { Component } from 'vue'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import ScenarioStep from './views/steps/ScenarioStep.vue'

/** The wizard's steps, in order. Hash history: works from app:// and from the web host alike. */
export const WIZARD_STEPS = [
  'scenario',
  'workloads',
  'hardware',
  'costs',
  'results',
  'quote'
] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

// The landing step is in the first bundle (no extra round trip before the wizard is usable);
// every other step is its own chunk, loaded when first shown.
const STEP_VIEWS: Record<WizardStep, Component | (() => Promise<Component>)> = {
  scenario: ScenarioStep,
  workloads: () => import('./views/steps/WorkloadsStep.vue'),
  hardware: () => import('./views/steps/HardwareStep.vue'),
  costs: () => import('./views/steps/CostsStep.vue'),
  results: () => import('./views/steps/ResultsStep.vue'),
  quote: () => import('./views/steps/QuoteStep.vue')
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/scenario' },
  ...WIZARD_STEPS.map((step) => ({ path: `/${step}`, name: step, component: STEP_VIEWS[step] })),
  // The hardware library and spreadsheet import (outside the wizard's steps).
  {
    path: '/inventory',
    name: 'inventory',
    component: () => import('./views/inventory/InventoryView.vue')
  },
  // Letterhead, buyer and supplier, quote defaults (main's settings.json).
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./views/settings/SettingsView.vue')
  },
  { path: '/:pathMatch(.*)*', redirect: '/scenario' }
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
