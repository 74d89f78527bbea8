/**
 * "Defaults used: …" on a result card, in words: each field by its form label and each value
 * as the form shows it ("KV-cache precision FP16"), never the code `kvPrecision = fp16`.
 */
import type { DefaultApplied } from '@shared/core'
import { derivationLabelKey, writeOut } from './explain'

export interface Translate {
  t: (key: string, params?: Record<string, unknown>) => string
  te: (key: string) => boolean
  number: (value: number) => string
}

/** A field id's label: the form's (workload or model field) or the derivation's. */
function fieldLabel(name: string, i18n: Translate): string | undefined {
  for (const key of [
    `wizard.fields.${name}`,
    `wizard.model.fields.${name}`,
    `video.fields.${name}`,
    `finetuning.fields.${name}`,
    `inferenceUi.form.${name}`
  ])
    if (i18n.te(key)) return i18n.t(key)
  const labelKey = derivationLabelKey(name, i18n.te)
  return labelKey ? i18n.t(labelKey.key, labelKey.params) : undefined
}

/** Where a form keeps a field's choices when not under `wizard.<field>`. */
const OPTION_PREFIXES: Record<string, string> = {
  codec: 'video.codecs',
  method: 'finetuning.method',
  loraTargets: 'finetuning.targets'
}

/** A choice's label as its form shows it (a switch's true/false as on/off). */
function optionKey(name: string, value: string, i18n: Translate): string | undefined {
  return [
    `wizard.${name}.${value}`,
    `${OPTION_PREFIXES[name] ?? `wizard.${name}`}.${value}`,
    `wizard.switch.${value}`
  ].find((key) => i18n.te(key))
}

export function defaultsUsedList(applied: readonly DefaultApplied[], i18n: Translate): string {
  return applied
    .map(({ field, value }) => {
      const name = field.split('.').at(-1) ?? field
      const label = fieldLabel(name, i18n) ?? name
      let shown: string
      if (typeof value === 'number') shown = i18n.number(value)
      else if (optionKey(name, value, i18n)) shown = i18n.t(optionKey(name, value, i18n)!)
      else if (/^(fp|bf|int|nf)\d/i.test(value)) shown = value.toUpperCase()
      else {
        // A default that follows other fields (`hiddenSize / attentionHeads`) reads in words.
        const inWords = writeOut(value, (ref) => fieldLabel(ref, i18n)?.toLowerCase())
        shown = inWords === value ? value : `(${inWords})`
      }
      return `${label} ${shown}`
    })
    .join(', ')
}
