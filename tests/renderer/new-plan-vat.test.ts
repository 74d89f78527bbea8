/** A new plan's VAT rate follows its currency: 13 % for CNY (issue 15), 0 where unknown. */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi, installApi } from '@renderer/api'
import { blankPlanWithDefaults, useDocumentStore } from '@renderer/stores/document'
import { usePlanStore } from '@renderer/stores/plan'
import type { Envelope } from '@shared/ipc/envelope'
import type { PlanDocument } from '@shared/schema/plan'
import { defaultSettings } from '@shared/schema/settings'

describe('a new plan from the settings', () => {
  it('starts a CNY plan at the 13 % VAT rate, a USD or EUR plan at 0', () => {
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'CNY' }).settings.taxRate).toBe(
      0.13
    )
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'USD' }).settings.taxRate).toBe(
      0
    )
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'EUR' }).settings.taxRate).toBe(
      0
    )
  })

  it('starts at the default VAT rate the settings screen sets, whatever the currency', () => {
    const settings = { ...defaultSettings(), currency: 'USD' as const, defaultVatRate: 0.06 }
    expect(blankPlanWithDefaults(settings).settings.taxRate).toBe(0.06)
  })
})

/**
 * Every way to a blank plan starts from the settings. The Scenario step's "start blank" and
 * the plan the window opens on used the schema's bare defaults (VAT 0 % on a CNY plan,
 * the settings' PUE and electricity price ignored) while File ▸ New used the settings.
 */
describe('every route to a blank plan takes the settings', () => {
  const settings = {
    ...defaultSettings(),
    currency: 'CNY' as const,
    pue: 1.25,
    electricityPricePerKWh: 0.62
  }
  function host() {
    const invoke = vi.fn(async (_m: string, channel: string): Promise<Envelope<unknown>> => {
      if (channel === 'settings.get') return { ok: true, data: { settings, revision: 1 } }
      return { ok: true, data: null }
    })
    installApi(createApi(invoke))
  }
  beforeEach(() => {
    setActivePinia(createPinia())
    host()
  })
  afterEach(() => {
    delete window.computePlanner
  })
  const expectDefaults = (plan: PlanDocument) => {
    expect(plan.settings.taxRate).toBe(0.13)
    expect(plan.settings.pue).toBe(1.25)
    expect(plan.settings.electricityPricePerKWh).toBe(0.62)
  }

  it('the plan the window opens on, once the settings arrive', async () => {
    const documents = useDocumentStore()
    await documents.loadSettings()
    expectDefaults(usePlanStore().plan)
    expect(usePlanStore().dirty).toBe(false)
  })

  it('but not a plan the planner already edited', async () => {
    const plan = usePlanStore()
    plan.update((draft) => {
      draft.name = 'mine'
    })
    await useDocumentStore().loadSettings()
    expect(plan.plan.settings.taxRate).toBe(0)
    expect(plan.plan.name).toBe('mine')
  })

  it("the Scenario step's start blank", async () => {
    const documents = useDocumentStore()
    await documents.loadSettings()
    usePlanStore().update((draft) => {
      draft.settings.taxRate = 0.05
    })
    documents.startBlank('fresh')
    expectDefaults(usePlanStore().plan)
    expect(usePlanStore().plan.name).toBe('fresh')
  })
})
