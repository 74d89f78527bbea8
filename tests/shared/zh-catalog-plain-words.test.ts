/**
 * Issue 19, walked in zh-CN: Compare and the PDF report listed "TPU v4 (per chip)" and "B200 in
 * GB200 (per GPU)" — catalog names that hold ordinary English words ("per", "chip", "in") beside
 * the product name, with no Chinese name to show instead. A product name alone (H100 SXM5 80GB,
 * Instinct MI300X) reads the same in Chinese documents; a name with plain lower-case words needs
 * a `nameZh`. Covers every accelerator, server and network part of the shipped catalog.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogName } from '@shared/i18n/catalog-names'
import { LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'

interface Named {
  id: string
  name: string
  nameZh?: string
}

const dir = join(__dirname, '../../resources/catalog')
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'))
const network = read('network.json') as Record<string, unknown>
const entries: Named[] = [
  ...(read('accelerators.json').accelerators as Named[]),
  ...(read('servers.json').servers as Named[]),
  ...Object.values(network).flatMap((list) => (Array.isArray(list) ? (list as Named[]) : []))
]

const UNITS = new Set(LATIN_WORDS_IN_ZH)

/** Lower-case words of two or more letters: prose, not a model number (v4, v5e) or a unit (mm). */
const plainWords = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
    (word) => /^[a-z]{2,}$/.test(word) && !UNITS.has(word)
  )

describe('catalog names in zh-CN hold no plain English words', () => {
  it('reads every entry', () => {
    expect(entries.length).toBeGreaterThan(100)
  })

  it('an entry whose name has plain English words has a Chinese name without them', () => {
    const bad: Record<string, string> = {}
    for (const entry of entries) {
      if (plainWords(entry.name).length === 0) continue
      const zh = catalogName(entry, 'zh-CN')
      if (entry.nameZh === undefined || plainWords(zh).length > 0) bad[entry.id] = zh
    }
    expect(bad).toEqual({})
  })
})
