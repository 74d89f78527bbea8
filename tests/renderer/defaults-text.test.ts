/** Issue 13 (Low): "Defaults used" names fields and values in words, never `kvPrecision = fp16`. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { createAppI18n } from '@renderer/i18n'
import { defaultsUsedList } from '@renderer/lib/defaults-text'

const serving = {
  format: 'compute-planner/plan',
  version: 1,
  name: 'serving',
  workloads: [
    {
      id: 's',
      kind: 'llm-inference',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      weightPrecision: 'fp16',
      contextTokens: 4096,
      concurrency: 8
    }
  ]
}

/** The "Defaults used" list as the result card writes it in `locale`. */
function listIn(locale: 'en' | 'zh-CN', applied: Parameters<typeof defaultsUsedList>[0]): string {
  const i18n = createAppI18n(locale).global as unknown as {
    t: (key: string, params: Record<string, unknown>) => string
    te: (key: string) => boolean
  }
  return defaultsUsedList(applied, {
    t: (key, params) => i18n.t(key, params ?? {}),
    te: (key) => i18n.te(key),
    number: (v) => String(v)
  })
}

describe('defaults used, in words', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(locale, () => {
      const result = estimatePlan(serving)
      expect(result.issues).toEqual([])
      const applied = result.workloads[0].result.defaultsApplied
      expect(applied.some((d) => d.field === 'kvPrecision')).toBe(true)
      const text = listIn(locale, applied)
      expect(text).not.toMatch(/kvPrecision|=/)
      expect(text).toContain('FP16')
      if (locale === 'en') expect(text).toContain('KV-cache precision FP16')
    })
  }
})

describe('a default that is a formula reads in words, not in field ids', () => {
  // Llama-3.1-8B in the catalog gives no head dimension: the core notes the default
  // `hiddenSize / attentionHeads`. Shown raw, the zh-CN card printed English ids.
  for (const locale of ['en', 'zh-CN'] as const) {
    it(locale, () => {
      const plan = {
        ...serving,
        workloads: [{ ...serving.workloads[0], model: 'llama-3.1-8b' }]
      }
      const result = estimatePlan(plan)
      expect(result.issues).toEqual([])
      const applied = result.workloads[0].result.defaultsApplied
      expect(applied.some((d) => d.value === 'hiddenSize / attentionHeads')).toBe(true)
      const text = listIn(locale, applied)
      expect(text).not.toMatch(/[a-z][A-Z]/) // no camelCase field id anywhere
      if (locale === 'zh-CN') expect(text).toContain('隐藏维度 / 注意力头数')
      else expect(text).toContain('Head dimension (hidden size / attention heads)')
    })
  }
})
