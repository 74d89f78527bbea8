import { computed } from 'vue'
import {
  formatCurrency,
  formatNumber,
  formatPercent,
  formatRange,
  formatWithUnit,
  type FormatOptions
} from '../lib/format'
import { durationParts, type DurationUnit } from '@shared/format/duration'
import type { PricedTotal } from '@shared/quote/priced-total'
import { usePlanStore } from '../stores/plan'
import { useUiStore } from '../stores/ui'
import { localizeUnit } from '@shared/i18n/derivation-text'
import { translate } from '@shared/i18n'

/** Core durations come in days; they are shown in the unit their size calls for (issue 19). */
export function isDays(rawUnit: string): boolean {
  return rawUnit === 'days' || rawUnit === 'day'
}

/** Formatting bound to the current language, grouping choice and plan currency. */
export function useFormat() {
  const ui = useUiStore()
  const plan = usePlanStore()
  const options = computed<FormatOptions>(() => ({ locale: ui.locale, grouping: ui.grouping }))
  const currency = computed(() => plan.plan.settings?.currency ?? 'CNY')

  /** A core unit in the user's language (shared with the workbook: derivation-text.ts). */
  function unit(raw: string | undefined): string {
    return localizeUnit(raw, ui.locale)
  }

  return {
    options,
    currency,
    unit,
    number: (value: number | null | undefined, digits?: number) =>
      formatNumber(value, { ...options.value, digits }),
    withUnit: (value: number | null | undefined, rawUnit: string, digits?: number) =>
      rawUnit === 'fraction'
        ? formatPercent(value, options.value)
        : isDays(rawUnit) && typeof value === 'number'
          ? durationParts(value, ui.locale).text
          : formatWithUnit(value, unit(rawUnit), { ...options.value, digits }),
    /** A duration the core gives in days, in the unit its size calls for (2.1 h, 9.5 days). */
    duration: (days: number, fixedUnit?: DurationUnit) => durationParts(days, ui.locale, fixedUnit),
    money: (amount: number | null | undefined, code?: string) =>
      formatCurrency(amount, code ?? currency.value, options.value),
    /** A total some of whose lines may lack a price: "—" when none has one, never 0. */
    /** "—" with nothing priced; "at least …" while some lines lack a price (a lower bound). */
    pricedMoney: (total: PricedTotal, code?: string) => {
      if (total.kind === 'none') return '—'
      const money = formatCurrency(total.amount, code ?? currency.value, options.value)
      return total.kind === 'partial'
        ? translate(ui.locale, 'wizard.results.atLeast', { value: money })
        : money
    },
    percent: (fraction: number | null | undefined) => formatPercent(fraction, options.value),
    range: (value: { typical: number; low: number; high: number }, rawUnit: string) =>
      formatRange(value, unit(rawUnit), options.value)
  }
}
