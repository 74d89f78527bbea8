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
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

/**
 * Latin-script words a Chinese planner reads as they are: units and symbols (GB, kW, TOPS,
 * FLOP…), precisions (fp16, int8…), established technical names with no Chinese form in
 * vendor documents (KV cache, MLA, MoE, RoPE, LoRA, ZeRO, PCIe, MFU, TDP, PUE), the paper
 * citation marker arXiv, and the names of the catalog's accelerators and models (added below).
 */
const ALLOWED = new Set([
  // units and symbols
  'GB',
  'GiB',
  'TB',
  'MB',
  'Gb',
  'W',
  'kW',
  'MWh',
  'kWh',
  'U',
  'PDU',
  'TOPS',
  'TFLOPS',
  'TFLOP',
  'PFLOPS',
  'PFLOP',
  'EFLOP',
  'ZFLOP',
  'FLOP',
  'FLOPs',
  'MAC',
  'GMAC',
  'PF',
  'USD',
  'CNY',
  'EUR',
  'µs',
  'e9',
  'e12',
  'p',
  'px',
  'fps',
  'token',
  's',
  // precisions and number formats
  'fp32',
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'int4',
  'FP16',
  'FP8',
  'INT8',
  'INT4',
  'BF16',
  'NF4',
  // technical names
  'GPU',
  'NPU',
  'KV',
  'K',
  'V',
  'N',
  'D',
  'MLA',
  'MoE',
  'MLP',
  'RoPE',
  'LoRA',
  'QLoRA',
  'ZeRO',
  'PCIe',
  'MFU',
  'TDP',
  'PUE',
  'logits',
  'flash',
  'attention',
  'gate',
  'up',
  'down',
  'vLLM',
  'MindIE',
  'TTFT',
  'GPTQ',
  'Megatron',
  'LM',
  'PaLM',
  'arXiv',
  'IT',
  'FFN',
  'CNN',
  'BMC',
  // server product lines (NVIDIA HGX/DGX, the OCP OAM form factor)
  'HGX',
  'DGX',
  'OAM',
  'AMD',
  'Intel',
  'Gaudi',
  // model family written with a hyphenated depth (ResNet-18)
  'ResNet'
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
