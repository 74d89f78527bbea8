/**
 * "Defaults used: …" on a result card, in words: each field by its form label and each value
 * as the form shows it ("KV-cache precision FP16"), never the code `kvPrecision = fp16`.
 */
import type { DefaultApplied } from '@shared/core'
import { derivationLabelKey } from './explain'

export interface Translate {
  t: (key: string, params?: Record<string, unknown>) => string
  te: (key: string) => boolean
  number: (value: number) => string
}

export function defaultsUsedList(applied: readonly DefaultApplied[], i18n: Translate): string {
  return applied
    .map(({ field, value }) => {
      const name = field.split('.').at(-1) ?? field
      const labelKey = i18n.te(`wizard.fields.${name}`)
        ? { key: `wizard.fields.${name}` }
        : derivationLabelKey(name, i18n.te)
      const label = labelKey ? i18n.t(labelKey.key, labelKey.params) : name
      let shown: string
      if (typeof value === 'number') shown = i18n.number(value)
      else if (i18n.te(`wizard.${name}.${value}`)) shown = i18n.t(`wizard.${name}.${value}`)
      else shown = /^(fp|bf|int|nf)\d/i.test(value) ? value.toUpperCase() : value
      return `${label} ${shown}`
    })
    .join(', ')
}
