import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '../../../src/shared/core'
import accelerators from '../../../resources/catalog/accelerators.json'

const PEAKS = [
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops'
] as const

describe('catalog', () => {
  const catalog = defaultCatalog()

  it('loads and validates every file', () => {
    expect(catalog.accelerators.size).toBe(59)
    expect(catalog.llms.size).toBeGreaterThanOrEqual(40)
    expect(catalog.vision.size).toBeGreaterThanOrEqual(40)
    expect(catalog.servers.size).toBeGreaterThanOrEqual(5)
  })

  it('has every row of hardware-facts.csv plus the seed 88 TOPS card, with stable kebab-case ids', () => {
    for (const id of [
      'nvidia-a100-sxm4-80gb',
      'huawei-atlas-300i-pro',
      'huawei-ascend-910b',
      'seed-ascend-inference-card-88tops-int8'
    ]) {
      expect(catalog.accelerators.has(id), id).toBe(true)
    }
    for (const entry of accelerators.accelerators)
      expect(entry.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
    expect(catalog.accelerators.get('seed-ascend-inference-card-88tops-int8')?.int8Tops).toBe(88)
  })

  it('never stores an unknown figure as 0, and cites a source for every entry', () => {
    for (const entry of catalog.accelerators.values()) {
      for (const field of PEAKS)
        if (entry[field] !== undefined)
          expect(entry[field], `${entry.id}.${field}`).toBeGreaterThan(0)
      expect(entry.source.length).toBeGreaterThan(3)
      if (entry.price) {
        expect(entry.price.date, entry.id).toBeTruthy()
        expect(entry.price.source, entry.id).toBeTruthy()
      }
    }
    for (const map of [catalog.llms, catalog.vision, catalog.videoPresets, catalog.servers]) {
      for (const entry of map.values()) expect(entry.source.length, entry.id).toBeGreaterThan(3)
    }
  })

  it('uses dense figures: A100 is 312 TFLOPS FP16, H100 SXM 989.4', () => {
    expect(catalog.accelerators.get('nvidia-a100-sxm4-80gb')?.fp16Tflops).toBe(312)
    expect(catalog.accelerators.get('nvidia-h100-sxm5-80gb')?.bf16Tflops).toBe(989.4)
  })

  it('docs/catalog.md lists every id', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/catalog.md'), 'utf8')
    const ids = [
      ...catalog.accelerators.keys(),
      ...catalog.llms.keys(),
      ...catalog.vision.keys(),
      ...catalog.videoPresets.keys(),
      ...catalog.servers.keys()
    ]
    for (const id of ids) expect(doc, id).toContain(`\`${id}\``)
  })
})

describe('docs/methodology.md', () => {
  it('lists every assumption id with its source', async () => {
    const { ASSUMPTIONS } = await import('../../../src/shared/core')
    const doc = readFileSync(join(__dirname, '../../../docs/methodology.md'), 'utf8')
    for (const a of ASSUMPTIONS) {
      expect(doc, a.id).toContain(`\`${a.id}\``)
      for (const v of a.variants) expect(doc, `${a.id} source`).toContain(v.source.slice(0, 40))
    }
  })
})
