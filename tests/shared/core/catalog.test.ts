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
    expect(catalog.accelerators.size).toBe(60)
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

  it('records the memory unit of every card with a memory figure (as the vendor ships it)', () => {
    for (const entry of catalog.accelerators.values())
      if (entry.memoryGB !== undefined) expect(entry.memoryUnit, entry.id).toBe('GiB')
  })

  it('has the models planners deploy now: Qwen3, DeepSeek-R1 and its distilled models', () => {
    const qwen235 = catalog.llms.get('qwen3-235b-a22b')
    expect(qwen235).toMatchObject({ layers: 94, kvHeads: 4, experts: 128, activeExperts: 8 })
    expect(qwen235?.activeParams).toBe(22e9)
    expect(catalog.llms.get('qwen3-32b')).toMatchObject({
      layers: 64,
      attentionHeads: 64,
      kvHeads: 8
    })
    for (const id of ['qwen3-0.6b', 'qwen3-8b', 'qwen3-30b-a3b', 'deepseek-r1'])
      expect(catalog.llms.has(id), id).toBe(true)
    for (const size of ['qwen-1.5b', 'qwen-7b', 'llama-8b', 'qwen-14b', 'qwen-32b', 'llama-70b'])
      expect(catalog.llms.get(`deepseek-r1-distill-${size}`)?.source, size).toContain('DeepSeek-R1')
    // Distilled models keep their base architecture (Llama-3.3-70B for the 70B one).
    expect(catalog.llms.get('deepseek-r1-distill-llama-70b')).toMatchObject({
      layers: 80,
      kvHeads: 8
    })
  })

  it('has the RTX 4090 D with its own (lower) dense figures and 425 W', () => {
    const d = catalog.accelerators.get('nvidia-geforce-rtx-4090d-24gb')
    const full = catalog.accelerators.get('nvidia-geforce-rtx-4090-24gb')
    expect(d?.tdpW).toBe(425)
    expect(d?.fp16Tflops).toBeLessThan(full?.fp16Tflops ?? 0)
    expect(d?.memoryBandwidthGBs).toBe(1008)
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
