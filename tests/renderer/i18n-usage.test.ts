/**
 * Every message key the renderer uses exists in both languages. Literal keys are read from
 * the source; keys built at run time are listed from the values they are built from.
 */
import { describe, expect, it } from 'vitest'
import { flattenKeys, messages, type MessageTree } from '@shared/i18n'
import {
  WORKLOAD_KINDS,
  CURRENCIES,
  RECOMPUTE_MODES,
  OPTIMIZERS,
  CORPUS_LANGUAGES,
  ATTENTION_TYPES
} from '@shared/schema/plan'
import { HINT_KEYS } from '@renderer/components/fields/inlineModel'
import { FIGURES, figureLabelKey } from '@renderer/lib/figures'
import { SCALE_UP_FABRICS } from '@shared/core/catalog'
import { INFERENCE_FRAMEWORKS, QUANTIZATION_FORMATS } from '@shared/schema/plan'
import { TOTAL_FIELDS } from '@renderer/lib/explain'
import { TEMPLATE_IDS } from '@renderer/templates'
import { WIZARD_STEPS } from '@renderer/router'

// Every renderer source file, as text (Vite's glob: no Node APIs in the renderer project).
const SOURCES = import.meta.glob('../../src/renderer/src/**/*.{vue,ts}', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>

function literalKeys(): string[] {
  const keys = new Set<string>()
  for (const text of Object.values(SOURCES)) {
    for (const match of text.matchAll(/\bte?\(\s*'((?:wizard|app|inferenceUi)\.[\w.-]+)'/g))
      keys.add(match[1])
  }
  return [...keys]
}

function dynamicKeys(): string[] {
  return [
    ...WORKLOAD_KINDS.map((kind) => `wizard.kinds.${kind}`),
    ...TEMPLATE_IDS.flatMap((id) =>
      ['title', 'text', 'source'].map((part) => `wizard.templates.${id}.${part}`)
    ),
    ...WORKLOAD_KINDS.flatMap((kind) =>
      FIGURES[kind].map((figure) => figureLabelKey(kind, figure.field))
    ),
    ...TOTAL_FIELDS.map((field) => `wizard.inputs.${field}`),
    ...CURRENCIES.map((code) => `wizard.currency.${code}`),
    ...RECOMPUTE_MODES.map((mode) => `wizard.recompute.${mode}`),
    ...OPTIMIZERS.map((name) => `wizard.optimizer.${name}`),
    ...CORPUS_LANGUAGES.map((language) => `wizard.language.${language}`),
    ...['default', 'plan', 'workload'].map((origin) => `wizard.assumptions.origin.${origin}`),
    ...['compute', 'decode', 'memory'].map((bound) => `wizard.results.binding.${bound}`),
    ...['weightsGB', 'kvCacheGB', 'activationsGB', 'overheadGB', 'weights', 'gradients'].map(
      (part) => `wizard.charts.memory.${part}`
    ),
    ...WIZARD_STEPS.map((step) => `app.steps.${step}`),
    ...['days', 'accelerators'].map((metric) => `wizard.figures.${metric}`),
    ...['low', 'typical', 'high'].flatMap((part) => [
      `wizard.assumptions.${part}`,
      `wizard.assumptions.${part}Of`
    ]),
    ...ATTENTION_TYPES.flatMap((type) => [
      `wizard.model.attention.${type}`,
      `wizard.model.attentionHelp.${type}`
    ]),
    'wizard.model.attentionHelp.none',
    ...['auto', 'given'].map((how) => `inferenceUi.split.${how}`),
    ...SCALE_UP_FABRICS.map((fabric) => `inferenceUi.split.fabrics.${fabric}`),
    ...QUANTIZATION_FORMATS.map((format) => `inferenceUi.form.quantizations.${format}`),
    ...INFERENCE_FRAMEWORKS.map((name) => `inferenceUi.form.frameworks.${name}`),
    ...HINT_KEYS.map((key) => `wizard.model.hints.${key}`)
  ]
}

describe('renderer message keys', () => {
  const en = new Set(flattenKeys(messages.en as unknown as MessageTree))
  const zh = new Set(flattenKeys(messages['zh-CN'] as unknown as MessageTree))

  it('finds the keys the renderer uses', () => {
    expect(literalKeys().length).toBeGreaterThan(150)
  })

  it.each(['en', 'zh-CN'] as const)('every key the renderer uses exists in %s', (locale) => {
    const catalogue = locale === 'en' ? en : zh
    const missing = [...literalKeys(), ...dynamicKeys()].filter((key) => !catalogue.has(key))
    expect(missing).toEqual([])
  })

  it('wizard messages use {name} placeholders only (no other vue-i18n syntax)', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const wizard = messages[locale].wizard as unknown as MessageTree
      for (const key of flattenKeys(wizard)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as MessageTree)[part], wizard)
        const stripped = String(text).replace(/\{\w+\}/g, '')
        expect(stripped, `${locale} wizard.${key}`).not.toMatch(/[{}@|$]/)
      }
    }
  })
})
