/**
 * The Costs step (views/steps/CostsStep.vue): the plan's currency and the labels that follow
 * it, exchange rates per currency, the percentages stored as fractions, the running costs,
 * the constraints that default to "none", and the installation share.
 *
 * PriceBookTable is stubbed (components/costs has its own test); the fields are the real
 * NumberField and SelectField, so each value is typed as the planner types it.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import CostsStep from '@renderer/views/steps/CostsStep.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { mountView, requestsOn, unmountViews } from './view-harness'

afterEach(unmountViews)

async function mountStep(locale?: 'zh-CN') {
  const { wrapper, context } = await mountView(CostsStep, {
    locale,
    stubs: { PriceBookTable: true },
    before: ({ pinia }) => usePlanStore(pinia).load(createBlankPlan('c'))
  })
  return { wrapper, context, plan: usePlanStore(context.pinia) }
}

/** The input of the field bound to `path` (NumberField gives it `field-<path with dashes>`). */
const input = (wrapper: VueWrapper, path: string) =>
  wrapper.get(`#field-${path.replace(/[^\w]+/g, '-')}`).element as HTMLInputElement

async function type(wrapper: VueWrapper, path: string, text: string): Promise<void> {
  const element = input(wrapper, path)
  element.value = text
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

const label = (wrapper: VueWrapper, testid: string) =>
  wrapper.get(`[data-testid="${testid}"] .n-form-item-label`).text()

describe('CostsStep', () => {
  it('loads the catalog once when it opens (the price table reads it)', async () => {
    const { context } = await mountStep()
    expect(requestsOn(context, 'catalog.get')).toHaveLength(1)
  })

  it('offers each currency by code and name; choosing one relabels the money fields', async () => {
    const { wrapper, plan } = await mountStep()
    const currency = wrapper.findComponent(NSelect)
    expect((currency.props('options') as { label: string }[]).map((o) => o.label)).toEqual([
      'CNY — Chinese yuan',
      'USD — US dollar',
      'EUR — Euro'
    ])
    expect(label(wrapper, 'electricity')).toContain('Electricity price (CNY per kWh)')
    expect(label(wrapper, 'budget')).toContain('Capital budget (CNY)')
    currency.vm.$emit('update:value', 'EUR')
    await flushPromises()
    expect(plan.plan.settings.currency).toBe('EUR')
    expect(label(wrapper, 'electricity')).toContain('Electricity price (EUR per kWh)')
    expect(label(wrapper, 'budget')).toContain('Capital budget (EUR)')
    expect(wrapper.get('[data-testid="electricity"]').text()).toContain('EUR/kWh')
  })

  it('has one exchange-rate field per currency, each stored under its code', async () => {
    const { wrapper, plan } = await mountStep()
    for (const code of ['CNY', 'USD', 'EUR'])
      expect(input(wrapper, `settings.exchangeRates.${code}`).getAttribute('aria-label')).toBe(
        `${code} per USD`
      )
    await type(wrapper, 'settings.exchangeRates.EUR', '0.92')
    expect(plan.plan.settings.exchangeRates?.EUR).toBe(0.92)
    expect(plan.plan.settings.exchangeRates?.CNY).toBe(
      createBlankPlan().settings.exchangeRates?.CNY
    )
  })

  it('stores tax, discount and installation typed as percentages as fractions', async () => {
    const { wrapper, plan } = await mountStep()
    await type(wrapper, 'settings.taxRate', '13') // 13 % → 0.13
    await type(wrapper, 'settings.discount', '7.5') // 7.5 % → 0.075
    await type(wrapper, 'settings.cluster.installationFraction', '3') // 3 % → 0.03
    expect(plan.plan.settings.taxRate).toBe(0.13)
    expect(plan.plan.settings.discount).toBe(0.075)
    expect(plan.plan.settings.cluster?.installationFraction).toBe(0.03)
    // And shows a stored fraction back as a percentage.
    plan.update((draft) => void (draft.settings.taxRate = 0.06))
    await flushPromises()
    expect(input(wrapper, 'settings.taxRate').value).toBe('6')
  })

  it('stores the running costs as typed: PUE, electricity price, years', async () => {
    const { wrapper, plan } = await mountStep()
    await type(wrapper, 'settings.pue', '1.25')
    await type(wrapper, 'settings.electricityPricePerKWh', '0.8')
    await type(wrapper, 'settings.years', '7')
    expect(plan.plan.settings.pue).toBe(1.25)
    expect(plan.plan.settings.electricityPricePerKWh).toBe(0.8)
    expect(plan.plan.settings.years).toBe(7)
  })

  it('leaves each constraint empty as "none" until typed, and clearing removes it', async () => {
    const { wrapper, plan } = await mountStep()
    for (const path of ['constraints.deadlineDays', 'constraints.budget', 'constraints.powerCapKW'])
      expect(input(wrapper, path).getAttribute('placeholder')).toBe('default: none')
    await type(wrapper, 'constraints.deadlineDays', '90')
    await type(wrapper, 'constraints.budget', '2000000')
    await type(wrapper, 'constraints.powerCapKW', '500')
    expect(plan.plan.constraints).toMatchObject({
      deadlineDays: 90,
      budget: 2_000_000,
      powerCapKW: 500
    })
    await type(wrapper, 'constraints.budget', '')
    expect(plan.plan.constraints).not.toHaveProperty('budget')
    expect(plan.plan.constraints?.deadlineDays).toBe(90)
  })

  it('asks for a price for installation rather than assuming one', async () => {
    const { wrapper } = await mountStep()
    expect(
      input(wrapper, 'settings.cluster.installationFraction').getAttribute('placeholder')
    ).toBe('default: price needed')
  })

  it('labels currencies and money fields in Chinese for zh-CN', async () => {
    const { wrapper } = await mountStep('zh-CN')
    const labels = (wrapper.findComponent(NSelect).props('options') as { label: string }[]).map(
      (o) => o.label
    )
    expect(labels[0]).toBe('CNY — 人民币')
    expect(input(wrapper, 'settings.exchangeRates.EUR').getAttribute('aria-label')).toBe(
      '每美元 EUR'
    )
    expect(input(wrapper, 'constraints.budget').getAttribute('placeholder')).toBe('默认：无')
  })
})
