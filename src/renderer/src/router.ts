import type { Component } from 'vue'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

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

// Each step is its own chunk, so the first screen loads only what it shows.
const STEP_VIEWS: Record<WizardStep, () => Promise<Component>> = {
  scenario: () => import('./views/steps/ScenarioStep.vue'),
  workloads: () => import('./views/steps/WorkloadsStep.vue'),
  hardware: () => import('./views/steps/HardwareStep.vue'),
  costs: () => import('./views/steps/CostsStep.vue'),
  results: () => import('./views/steps/ResultsStep.vue'),
  quote: () => import('./views/steps/QuoteStep.vue')
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/scenario' },
  ...WIZARD_STEPS.map((step) => ({ path: `/${step}`, name: step, component: STEP_VIEWS[step] })),
  { path: '/:pathMatch(.*)*', redirect: '/scenario' }
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
