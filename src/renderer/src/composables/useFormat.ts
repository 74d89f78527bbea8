import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  formatCurrency,
  formatNumber,
  formatPercent,
  formatRange,
  formatWithUnit,
  type FormatOptions
} from '../lib/format'
import { durationParts, type DurationUnit } from '@shared/format/duration'
import { usePlanStore } from '../stores/plan'
import { useUiStore } from '../stores/ui'

/** Core unit strings that read differently in Chinese; anything else is shown as is. */
const UNIT_KEYS: Record<string, string> = {
  days: 'days',
  day: 'days',
  hours: 'hours',
  'accelerator-hours': 'acceleratorHours',
  tokens: 'tokens',
  'tokens/s': 'tokensPerSecond',
  'requests/s': 'requestsPerSecond',
  sequences: 'sequences',
  streams: 'streams',
  accelerators: 'accelerators',
  cards: 'accelerators',
  replicas: 'replicas',
  servers: 'servers',
  racks: 'racks',
  images: 'images',
  epochs: 'epochs',
  runs: 'runs',
  fraction: 'fraction',
  params: 'params',
  ms: 'ms',
  years: 'years',
  'MWh/year': 'mwhPerYear',
  'GB/s': 'gbPerSecond'
}

/** Core durations come in days; they are shown in the unit their size calls for (issue 19). */
export function isDays(rawUnit: string): boolean {
  return rawUnit === 'days' || rawUnit === 'day'
}

/** Formatting bound to the current language, grouping choice and plan currency. */
export function useFormat() {
  const { t, te } = useI18n()
  const ui = useUiStore()
  const plan = usePlanStore()
  const options = computed<FormatOptions>(() => ({ locale: ui.locale, grouping: ui.grouping }))
  const currency = computed(() => plan.plan.settings?.currency ?? 'CNY')

  /**
   * A core unit in the user's language: whole units first (days → 天), else each word of a
   * compound one (bytes/param → 字节/参数, steps/s → 步/秒); symbols such as GB, kWh, USD
   * and TFLOP have no entry and stay as they are.
   */
  function unit(raw: string | undefined): string {
    if (!raw) return ''
    const key = UNIT_KEYS[raw]
    if (key && te(`wizard.units.${key}`)) return t(`wizard.units.${key}`)
    return raw.replace(/[A-Za-z]+(?:-[A-Za-z]+)*/g, (word) =>
      te(`wizard.unitWords.${word}`) ? t(`wizard.unitWords.${word}`) : word
    )
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
    percent: (fraction: number | null | undefined) => formatPercent(fraction, options.value),
    range: (value: { typical: number; low: number; high: number }, rawUnit: string) =>
      formatRange(value, unit(rawUnit), options.value)
  }
}
