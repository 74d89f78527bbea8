/**
 * Issue 19, "Chinese all the way through": every description, unit and note a derivation
 * step can show, and every template name, reads in Chinese under zh-CN. The plans below walk
 * each workload kind through its branches (dense / MoE / MLA, forced and automatic splits,
 * rate and concurrency targets, full / LoRA / QLoRA, portfolio and model vision training,
 * decoders known and unknown) with the whole cluster sized, plus every template and example.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan, parsePlan, type Step } from '@shared/core'
import {
  isCatalogueText,
  localizeFormula,
  localizeText,
  localizeUnit
} from '@shared/i18n/derivation-text'
import { localizeTemplate } from '@shared/i18n/template-text'
import { catalogName } from '@shared/i18n/catalog-names'
import { messages } from '@shared/i18n'
import { LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

/**
 * Latin-script words a Chinese planner reads as they are: the shared base list (units,
 * precisions, technical names; src/shared/i18n/latin-words.ts), the symbols and paper names of
 * formulas (µs, e9, K/V/N/D, RoPE, arXiv, Megatron…), and the names of the catalog's
 * accelerators and models (added below).
 */
const ALLOWED = new Set<string>([
  ...LATIN_WORDS_IN_ZH,
  // symbols of formulas and units
  'µs',
  'e9',
  'e12',
  'MAC',
  'K',
  'V',
  'N',
  'D',
  // precisions as some formulas print them
  'FP16',
  'FP8',
  'INT8',
  'INT4',
  'BF16',
  // technical and paper names the derivations cite
  'MLP',
  'RoPE',
  'logits',
  'flash',
  'attention',
  'gate',
  'up',
  'down',
  'MindIE',
  'GPTQ',
  'Megatron',
  'LM',
  'PaLM',
  'arXiv',
  // server product lines and vendors (AMD Instinct, Intel Gaudi)
  'AMD',
  'Intel',
  'Gaudi'
])

const catalog = defaultCatalog()
for (const entry of [
  ...catalog.accelerators.values(),
  ...catalog.llms.values(),
  ...catalog.vision.values()
])
  for (const word of entry.name.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) ALLOWED.add(word)

/** The Latin-script words in `text` outside the allow-list (names match in any case). */
function foreignWords(text: string): string[] {
  const allowed = new Set([...ALLOWED].map((word) => word.toLowerCase()))
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => {
    const lower = word.toLowerCase()
    return !allowed.has(lower) && !allowed.has(lower.replace(/\d+$/, '')) && word.length > 1
  })
}

function plan(workloads: unknown[], name = 'zh') {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name,
    workloads,
    settings: { cluster: { enabled: true } }
  }
}

const ftBase = {
  kind: 'llm-finetuning',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  samples: 10_000,
  tokensPerSample: 512
}
const serve = {
  kind: 'llm-inference',
  accelerator: 'huawei-ascend-910b',
  contextTokens: 4096,
  concurrency: 50
}

const PLANS: unknown[] = [
  plan([
    { id: 'a', ...serve, model: 'qwen2.5-72b', weightPrecision: 'int8' },
    {
      id: 'b',
      ...serve,
      model: 'deepseek-v3',
      weightPrecision: 'fp8',
      accelerator: 'nvidia-h200-sxm-141gb'
    },
    {
      id: 'c',
      ...serve,
      model: 'qwen3-30b-a3b',
      weightPrecision: 'bf16',
      parallel: { tensor: 2, pipeline: 1, expert: 2 }
    },
    {
      id: 'd',
      kind: 'llm-inference',
      accelerator: 'nvidia-geforce-rtx-4090-24gb',
      model: 'llama-3.1-8b',
      weightPrecision: 'int4',
      quantization: 'gptq-int4',
      contextTokens: 4096,
      target: { requestsPerSecond: 5, inputTokens: 1000, outputTokens: 200 }
    },
    { id: 'e', ...ftBase, method: 'full' },
    { id: 'f', ...ftBase, method: 'lora', loraRank: 8, loraTargets: 'qv' },
    { id: 'g', ...ftBase, method: 'qlora', loraRank: 16 },
    {
      id: 'h',
      kind: 'llm-training',
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-7b',
      tokens: 1e11,
      targetDays: 30,
      recompute: 'selective'
    },
    {
      id: 'i',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      tokens: 1e11,
      accelerators: 64,
      recompute: 'none'
    },
    {
      id: 'j',
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-pro',
      streams: 500,
      model: 'yolov5s-detection-resnet18-attributes'
    },
    {
      id: 'k',
      kind: 'video-analytics',
      accelerator: 'nvidia-a100-sxm4-80gb',
      streams: 100,
      topsPerStream: 4
    },
    {
      id: 'l',
      kind: 'vision-training',
      accelerator: 'huawei-ascend-910b',
      model: 'resnet50',
      images: 1_281_167,
      epochs: 90,
      accelerators: 8
    },
    {
      id: 'm',
      kind: 'custom',
      accelerator: 'nvidia-h100-sxm5-80gb',
      totalFlops: 1e20,
      accelerators: 4
    }
  ])
]

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cplan'))
    .map((f) => join(dir, f))
}
const TEMPLATE_DIR = join(__dirname, '../../resources/templates')
const FILES = [...filesIn(TEMPLATE_DIR), ...filesIn(join(__dirname, '../../resources/examples'))]

function allSteps(input: unknown): Step[] {
  const result = estimatePlan(input)
  expect(result.issues).toEqual([])
  const totals = result.totals
  return [
    ...result.workloads.flatMap((w) => w.result.steps),
    ...(totals?.byAccelerator.flatMap((g) => g.steps) ?? []),
    ...(totals?.costSteps ?? []),
    ...(totals?.cluster?.sections.flatMap((s) => s.steps) ?? [])
  ]
}

const steps: Step[] = [
  ...PLANS.flatMap(allSteps),
  ...FILES.flatMap((file) => {
    const parsed = parsePlan(readFileSync(file, 'utf8'))
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`)
    return allSteps({
      ...parsed.plan,
      settings: { ...parsed.plan.settings, cluster: { enabled: true } }
    })
  })
]

/** A note rather than a citation: no "name: source" shape, no paper, no address. */
function isNote(source: string): boolean {
  return !/[:：]|arXiv|https?:|\.(com|org|io|cn)\b|\(/.test(source)
}

describe('derivation steps in zh-CN', () => {
  it('covers every workload kind and the cluster sizing', () => {
    const kinds = new Set(steps.map((s) => s.labelKey.split('.')[0]))
    expect([...kinds].sort()).toEqual(['cluster', 'core'])
    expect(steps.length).toBeGreaterThan(500)
  })

  it('every formula description reads in Chinese', () => {
    const bad = new Map<string, string[]>()
    for (const step of steps) {
      const text = localizeFormula(step.formula, 'zh-CN')
      const words = foreignWords(text)
      if (words.length > 0) bad.set(`${step.id}: ${step.formula}`, words)
    }
    expect(Object.fromEntries(bad)).toEqual({})
  })

  it('every unit reads in Chinese', () => {
    const bad = new Map<string, string>()
    for (const step of steps) {
      const text = localizeUnit(step.unit, 'zh-CN')
      if (foreignWords(text).length > 0) bad.set(step.unit, text)
    }
    expect(Object.fromEntries(bad)).toEqual({})
  })

  it('every note a look-up step writes (not a citation) is catalogued and reads in Chinese', () => {
    const notes = new Set(
      steps.flatMap((s) => (s.kind === 'lookup' && s.source && isNote(s.source) ? [s.source] : []))
    )
    expect(notes.size).toBeGreaterThan(5)
    const bad = [...notes].filter(
      (note) =>
        foreignWords(localizeText(note, 'zh-CN')).length > 0 ||
        (!isCatalogueText(note) && /[A-Za-z]{2}/.test(note))
    )
    expect(bad).toEqual([])
  })

  it('English stays English, and a dynamic description keeps its figures', () => {
    const step = steps.find((s) => s.id === 'smallestFittingMemoryGB' && s.kind === 'lookup')
    expect(step).toBeDefined()
    expect(localizeFormula(step!.formula, 'en')).toBe(step!.formula)
    const gb = /holding (\S+) GB/.exec(step!.formula)![1]
    expect(localizeFormula(step!.formula, 'zh-CN')).toBe(`能容纳 ${gb} GB 的最小标准容量`)
    expect(localizeUnit('streams', 'zh-CN')).toBe('路')
    expect(localizeUnit('GB/s', 'en')).toBe('GB/s')
    expect(localizeFormula('ceil(streams ÷ streamsPerAccelerator)', 'zh-CN')).toBe(
      '向上取整(视频路数 ÷ 每卡路数)'
    )
  })
})

describe('templates in zh-CN', () => {
  const ids = filesIn(TEMPLATE_DIR).map((f) => f.replace(/^.*\//, '').replace(/\.cplan$/, ''))

  it('the catalogue holds each template file’s English names exactly', () => {
    for (const id of ids) {
      const parsed = parsePlan(readFileSync(join(TEMPLATE_DIR, `${id}.cplan`), 'utf8'))
      if (!parsed.ok) throw new Error(id)
      const en = (
        messages.en.templateText as Record<
          string,
          { plan: string; workloads: Record<string, string> }
        >
      )[id]
      expect(en, id).toBeDefined()
      expect(parsed.plan.name).toBe(en.plan)
      for (const w of parsed.plan.workloads)
        expect(w.name, `${id}/${w.id}`).toBe(en.workloads[w.id])
    }
  })

  it('a template opened in Chinese has Chinese plan and workload names', () => {
    for (const id of ids) {
      const parsed = parsePlan(readFileSync(join(TEMPLATE_DIR, `${id}.cplan`), 'utf8'))
      if (!parsed.ok) throw new Error(id)
      const zh = localizeTemplate(parsed.plan, id, 'zh-CN')
      for (const name of [zh.name ?? '', ...zh.workloads.map((w) => w.name ?? '')])
        expect(foreignWords(name), `${id}: ${name}`).toEqual([])
      expect(localizeTemplate(parsed.plan, id, 'en')).toEqual(parsed.plan)
      // A name the planner changed is theirs: never replaced.
      const renamed = { ...parsed.plan, name: 'Mine' }
      expect(localizeTemplate(renamed, id, 'zh-CN').name).toBe('Mine')
    }
  })
})

describe('catalog names in zh-CN', () => {
  it('every server and video preset has a Chinese name, used under zh-CN only', () => {
    const entries = [...catalog.servers.values(), ...catalog.videoPresets.values()]
    for (const entry of entries) {
      expect(entry.nameZh, entry.id).toBeDefined()
      expect(foreignWords(catalogName(entry, 'zh-CN')), entry.id).toEqual([])
      expect(catalogName(entry, 'en')).toBe(entry.name)
    }
  })
})

/**
 * Every `name` and every source text in the shipped catalog files: a citation quotes its
 * source as published (in whatever language) and names its product; everything else it says
 * — which figure, "user entry" — is ours and must read in the reader's language.
 */
function catalogTexts(): { names: string[]; sources: string[] } {
  const names: string[] = []
  const sources: string[] = []
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (key === 'name') names.push(value)
      else if (/source$/i.test(key)) sources.push(value)
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key))
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  const dir = join(__dirname, '../../resources/catalog')
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), '')
  return { names, sources: sources.sort((a, b) => b.length - a.length) }
}

/** A card typed in by hand, with no source: each figure it gives is cited as a user entry. */
const HAND_ENTERED = {
  vendor: '某厂商',
  name: '自研卡',
  fp16Tflops: 100,
  bf16Tflops: 100,
  int8Tops: 200,
  memoryGB: 64,
  memoryBandwidthGBs: 1600,
  tdpW: 300,
  decode1080p30Streams: 64
}

describe('citations in zh-CN (issue 19: "<card> fp16Tflops: user entry")', () => {
  const { names, sources } = catalogTexts()
  const productWords = new Set(names.flatMap((name) => name.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []))
  const handSteps = allSteps(
    plan([
      {
        id: 'a',
        ...serve,
        accelerator: HAND_ENTERED,
        model: 'qwen2.5-7b',
        weightPrecision: 'bf16'
      },
      { id: 'b', kind: 'video-analytics', accelerator: HAND_ENTERED, streams: 50, topsPerStream: 4 }
    ])
  )
  // A figure's citation begins with the card's or the model's name (papers and notes do not).
  const cited = [
    ...catalog.accelerators.values(),
    ...catalog.llms.values(),
    ...catalog.vision.values(),
    HAND_ENTERED
  ].map((entry) => `${entry.name} `)
  const citations = [
    ...new Set(
      [...steps, ...handSteps].flatMap((s) =>
        s.kind === 'lookup' && s.source && cited.some((name) => s.source!.startsWith(name))
          ? [s.source]
          : []
      )
    )
  ]

  it('every cited figure is named by its label; only the quoted source and names stay as written', () => {
    expect(citations.length).toBeGreaterThan(50)
    const bad = new Map<string, string[]>()
    for (const citation of citations) {
      let text = localizeText(citation, 'zh-CN')
      for (const source of sources) text = text.split(source).join(' ')
      const words = foreignWords(text).filter((word) => !productWords.has(word))
      if (words.length > 0) bad.set(citation, words)
    }
    expect(Object.fromEntries(bad)).toEqual({})
  })

  it('a hand-entered card’s figures say 用户输入 beside the field’s label, in both languages', () => {
    const cited = handSteps.flatMap((s) =>
      s.kind === 'lookup' && s.source?.startsWith('自研卡') ? [s.source] : []
    )
    expect(cited.length).toBeGreaterThan(3)
    const zh = cited.map((c) => localizeText(c, 'zh-CN'))
    expect(zh).toContain('自研卡 BF16：用户输入')
    expect(zh).toContain('自研卡 显存（标称 64 GiB）：用户输入')
    expect(zh).toContain('自研卡 显存带宽：用户输入')
    expect(zh).toContain('自研卡 TDP：用户输入')
    expect(zh).toContain('自研卡 视频解码器：用户输入')
    expect(zh.join('\n')).not.toMatch(/user entry|Tflops|GBs|tdpW/)
    const en = cited.map((c) => localizeText(c, 'en'))
    expect(en).toContain('自研卡 BF16: user entry')
    expect(en).toContain('自研卡 memory bandwidth: user entry')
  })

  it('under zh-CN a card with a Chinese catalog name is cited by it, when the caller knows it', () => {
    const card = catalog.accelerators.get('huawei-ascend-910b')!
    const citation = citations.find((c) => c.startsWith(`${card.name} `))!
    const names = new Map([[card.name, card.nameZh!]])
    expect(localizeText(citation, 'zh-CN', names).startsWith(`${card.nameZh!} `)).toBe(true)
    expect(localizeText(citation, 'en', names).startsWith(`${card.name} `)).toBe(true)
  })

  it('a catalog card’s citation keeps its source exactly as published', () => {
    const card = catalog.accelerators.get('nvidia-a100-sxm4-80gb')!
    const citation = citations.find((c) => c.startsWith(`${card.name} interconnectGBs`))
    expect(citation).toBeDefined()
    const zh = localizeText(citation!, 'zh-CN')
    expect(zh.startsWith(`${card.name} 卡间互联带宽（`)).toBe(true)
    expect(zh.endsWith(`：${card.source!}`)).toBe(true)
  })
})
