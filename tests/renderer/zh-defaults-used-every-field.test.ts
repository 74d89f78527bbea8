/**
 * Issue 19, "Chinese all the way through": the result card's "Defaults used" printed
 * "codec h264" under zh-CN — the video codec's label and choices live in the `video` catalogue,
 * not under `wizard`. Every default the registry holds (WORKLOAD_DEFAULTS, every workload kind
 * and every field, fixed or computed) must read in the reader's language: its field by its
 * form label, a choice by its option label; only precisions, units and names stay in Latin.
 */
import { describe, expect, it } from 'vitest'
import { WORKLOAD_DEFAULTS } from '@shared/core/workload-defaults'
import type { DefaultApplied } from '@shared/core'
import { LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'
import { createAppI18n } from '@renderer/i18n'
import { defaultsUsedList } from '@renderer/lib/defaults-text'

/** The base list, plus the optimizer's name (Adam) and the form's gloss of 轮数 (epoch). */
const ALLOWED = new Set([...LATIN_WORDS_IN_ZH, 'Adam', 'epoch'].map((word) => word.toLowerCase()))

function listIn(locale: 'en' | 'zh-CN', applied: DefaultApplied[]): string {
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

/** Every default of every kind, with a computed one evaluated on typical inputs. */
function everyDefault(): [string, DefaultApplied][] {
  const out: [string, DefaultApplied][] = []
  for (const [kind, rules] of Object.entries(WORKLOAD_DEFAULTS))
    for (const [field, rule] of Object.entries(rules)) {
      const value =
        typeof rule === 'function'
          ? rule({ model: { maxContext: 4096, inputResolution: 224 }, workload: {} } as never)
          : rule
      if (value === undefined) continue
      out.push([`${kind}.${field}`, { field, value, note: { key: 'x' } } as DefaultApplied])
    }
  return out
}

describe('"Defaults used" in zh-CN, every default of the registry', () => {
  it('names each field and choice in Chinese', () => {
    const bad: Record<string, string> = {}
    for (const [id, applied] of everyDefault()) {
      const text = listIn('zh-CN', [applied])
      const foreign = (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
        (word) => word.length > 1 && !ALLOWED.has(word.toLowerCase())
      )
      if (foreign.length > 0 || !/[\u4e00-\u9fff]/.test(text)) bad[id] = text
    }
    expect(bad).toEqual({})
  })

  it('the video codec reads as the form shows it, in both languages', () => {
    const codec = { field: 'codec', value: 'h264', note: { key: 'x' } } as DefaultApplied
    expect(listIn('zh-CN', [codec])).toBe('视频编码 H.264')
    expect(listIn('en', [codec])).not.toMatch(/h264/)
  })
})
