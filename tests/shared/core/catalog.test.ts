import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '../../../src/shared/core'
import { chooseServer, serverMisfit } from '../../../src/shared/core/rollup'
import { CURRENCIES } from '../../../src/shared/schema/plan'
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
    expect(catalog.accelerators.size).toBe(66)
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
        expect(entry.price.amount, entry.id).toBeGreaterThan(0)
        expect(CURRENCIES, entry.id).toContain(entry.price.currency)
        expect(entry.price.date, entry.id).toBeTruthy()
        expect(entry.price.source!.length, entry.id).toBeGreaterThan(20)
      }
    }
    for (const map of [catalog.llms, catalog.vision, catalog.videoPresets, catalog.servers]) {
      for (const entry of map.values()) expect(entry.source.length, entry.id).toBeGreaterThan(3)
    }
  })

  it('carries a public reference price for the most-used cards; TPUs (rented, not sold) have none', () => {
    // docs/catalog.md, Accelerators: reference prices (searched 2026-12-06).
    for (const id of [
      'nvidia-a100-sxm4-80gb',
      'nvidia-a100-sxm4-40gb',
      'nvidia-a100-pcie-80gb',
      'nvidia-h100-pcie-80gb',
      'nvidia-l40s-48gb',
      'nvidia-l4-24gb',
      'nvidia-t4-16gb',
      'nvidia-a10-24gb'
    ])
      expect(catalog.accelerators.get(id)?.price, id).toBeDefined()
    for (const id of ['google-tpu-v4', 'google-tpu-v5e', 'google-tpu-v5p'])
      expect(catalog.accelerators.get(id)?.price, id).toBeUndefined()
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

  it("orders every card's dense peaks by precision (FP32 ≤ FP16/BF16, FP8 ≤ INT8 ≤ INT4)", () => {
    // A sparse figure stored beside dense ones shows up as a break in this order. FP16 vs INT8
    // is not checked: V100's INT8 is DP4A on the CUDA cores, below its FP16 tensor peak.
    for (const a of catalog.accelerators.values()) {
      const pairs: [number | undefined, number | undefined, string][] = [
        [a.fp32Tflops, a.fp16Tflops, 'fp32 ≤ fp16'],
        [a.fp32Tflops, a.bf16Tflops, 'fp32 ≤ bf16'],
        [a.fp8Tflops, a.int8Tops, 'fp8 ≤ int8'],
        [a.int8Tops, a.int4Tops, 'int8 ≤ int4']
      ]
      for (const [low, high, what] of pairs)
        if (low !== undefined && high !== undefined)
          expect(low, `${a.id}: ${what}`).toBeLessThanOrEqual(high)
    }
  })

  describe('domestic accelerators (issue 19, a domestic catalog that is full)', () => {
    const domestic = [...catalog.accelerators.values()].filter((a) =>
      /^(Huawei|Cambricon|Kunlunxin|Hygon)/.test(a.vendor)
    )

    it("every domestic card names its source and, in Chinese, the vendor's brand", () => {
      expect(domestic.length).toBeGreaterThanOrEqual(25)
      const brand: Record<string, RegExp> = {
        Huawei: /昇腾|Atlas/,
        Cambricon: /寒武纪 思元/,
        Kunlunxin: /昆仑芯/,
        Hygon: /海光/
      }
      for (const a of domestic) {
        expect(a.source.length, a.id).toBeGreaterThan(20)
        const vendor = Object.keys(brand).find((v) => a.vendor.startsWith(v))!
        expect(a.nameZh, a.id).toMatch(brand[vendor])
        // Domestic cards: INT8 is the matrix unit's rate, at least the FP16 one.
        if (a.fp16Tflops !== undefined && a.int8Tops !== undefined)
          expect(a.fp16Tflops, a.id).toBeLessThanOrEqual(a.int8Tops)
      }
    })

    it('Kunlunxin R200 carries the vendor page figures; the 32 GB R200-8F and RG800 their own', () => {
      expect(catalog.accelerators.get('kunlunxin-r200')).toMatchObject({
        memoryGB: 16,
        memoryBandwidthGBs: 512,
        fp32Tflops: 32,
        fp16Tflops: 128,
        int8Tops: 256,
        tdpW: 150
      })
      expect(catalog.accelerators.get('kunlunxin-r200-8f-32gb')).toMatchObject({
        memoryGB: 32,
        tdpW: 160,
        int8Tops: 256
      })
      expect(catalog.accelerators.get('kunlunxin-rg800-32gb')).toMatchObject({
        memoryGB: 32,
        tdpW: 130
      })
      for (const id of ['kunlunxin-r200', 'kunlunxin-r200-8f-32gb', 'kunlunxin-rg800-32gb'])
        expect(catalog.accelerators.get(id)?.source, id).toContain('kunlunxin.com/product/')
    })

    it('the R300 module is the R480-X8 group (1 PFLOPS FP16, 2 POPS INT8, 256 GB) divided by 8', () => {
      const r300 = catalog.accelerators.get('kunlunxin-r300-oam-32gb')!
      const board = catalog.servers.get('kunlunxin-r480-x8-server')!
      expect(board.acceleratorsPerServer).toBe(8)
      expect(r300.fp16Tflops! * board.acceleratorsPerServer).toBe(1000)
      expect(r300.int8Tops! * board.acceleratorsPerServer).toBe(2000)
      expect(r300.memoryGB! * board.acceleratorsPerServer).toBe(256)
      expect(r300.notes).toContain('DERIVED')
    })

    it('keeps blank what no vendor publishes (MLU590, MLU370-S4/X4, P800, Z100; 910C TDP and price)', () => {
      for (const id of [
        'cambricon-mlu590',
        'cambricon-mlu370-s4',
        'cambricon-mlu370-x4',
        'kunlunxin-p800',
        'hygon-dcu-z100'
      ]) {
        const a = catalog.accelerators.get(id)!
        for (const field of PEAKS) expect(a[field], `${id}.${field}`).toBeUndefined()
        expect(a.memoryGB, id).toBeUndefined()
        expect(a.notes, id).toMatch(/blank/)
      }
      const c910 = catalog.accelerators.get('huawei-ascend-910c')!
      expect(c910.tdpW).toBeUndefined()
      expect(c910.price).toBeUndefined()
    })
  })

  describe('servers', () => {
    it('every server has rack units, a host price with date and source, and a cited scale-up domain', () => {
      for (const s of catalog.servers.values()) {
        expect(s.rackUnits, s.id).toBeGreaterThan(0)
        expect(s.price.date, s.id).toBeTruthy()
        expect(s.price.source, s.id).toBeTruthy()
        if (s.scaleUp)
          expect(s.scaleUp.accelerators, s.id).toBeLessThanOrEqual(s.acceleratorsPerServer)
        if (s.scaleUp) expect(s.scaleUp.source.length, s.id).toBeGreaterThan(20)
      }
    })

    const resolved = (id: string) => ({
      id,
      origin: 'catalog' as const,
      spec: catalog.accelerators.get(id)!
    })
    const auto = { server: 'auto' } as Parameters<typeof chooseServer>[1]

    it('Atlas 800I A2 takes 910B modules (4U, 8 per node, HCCS) without replacing the 800T A2 default', () => {
      const a2i = catalog.servers.get('huawei-atlas-800i-a2')!
      expect(a2i).toMatchObject({ rackUnits: 4, acceleratorsPerServer: 8 })
      expect(a2i.scaleUp).toMatchObject({ fabric: 'hccs', accelerators: 8 })
      expect(serverMisfit(a2i, resolved('huawei-ascend-910b'))).toBeNull()
      expect(serverMisfit(a2i, resolved('huawei-atlas-300i-duo'))).toBe('formFactor')
      expect(chooseServer(catalog, auto, resolved('huawei-ascend-910b')).id).toBe(
        'huawei-atlas-800t-a2'
      )
    })

    it('Kunlunxin OAM modules go to the R480-X8 server (XPU links), not the Infinity Fabric one', () => {
      expect(chooseServer(catalog, auto, resolved('kunlunxin-r300-oam-32gb')).id).toBe(
        'kunlunxin-r480-x8-server'
      )
      // An AMD OAM card keeps the generic OAM server; the Kunlunxin chassis refuses it.
      expect(chooseServer(catalog, auto, resolved('amd-instinct-mi300x-192gb')).id).toBe(
        'oam-8-server'
      )
      expect(
        serverMisfit(
          catalog.servers.get('kunlunxin-r480-x8-server')!,
          resolved('amd-instinct-mi300x-192gb')
        )
      ).toBe('vendor')
    })

    it('the Cambricon MLU-Link server is a choice for MLU370 cards (4-card bridge groups), not for others', () => {
      const mlu = catalog.servers.get('cambricon-mlu370-x8-8-card')!
      expect(mlu.scaleUp).toMatchObject({ fabric: 'mlu-link', accelerators: 4 })
      expect(serverMisfit(mlu, resolved('cambricon-mlu370-x8-48gb'))).toBeNull()
      expect(serverMisfit(mlu, resolved('nvidia-l40s-48gb'))).toBe('vendor')
      // Auto stays the generic PCIe server: only the X8 has the bridge.
      expect(chooseServer(catalog, auto, resolved('cambricon-mlu370-s4')).id).toBe(
        'generic-pcie-8-card'
      )
    })
  })

  it('has GLM-4.5 and GLM-4.5-Air as their config.json gives them', () => {
    expect(catalog.llms.get('glm-4.5')).toMatchObject({
      layers: 92,
      hiddenSize: 5120,
      attentionHeads: 96,
      kvHeads: 8,
      headDim: 128,
      experts: 160,
      activeExperts: 8,
      vocabSize: 151552,
      maxContext: 131072,
      params: 355e9,
      activeParams: 32e9
    })
    expect(catalog.llms.get('glm-4.5-air')).toMatchObject({
      layers: 46,
      hiddenSize: 4096,
      attentionHeads: 96,
      kvHeads: 8,
      experts: 128,
      activeExperts: 8,
      params: 106e9,
      activeParams: 12e9
    })
    for (const id of ['glm-4.5', 'glm-4.5-air'])
      expect(catalog.llms.get(id)?.source, id).toContain('config.json')
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
