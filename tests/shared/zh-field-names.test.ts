/**
 * Issue 19, "Chinese all the way through": a message names a field by the label the forms
 * show, never by its schema id ("缺少 fp16Tflops 数据" was what the zh-CN quote printed), and
 * the catalog's form factors read in Chinese ("PCIe card (FHHL single-slot)" was printed in
 * the Chinese Hardware sheet). Each message class is produced by the real core from a plan
 * that triggers it, rendered in zh-CN as main and the CLI render it (`translate`), and must
 * hold no Latin-script word outside units, precisions, technical names and product names.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan } from '@shared/core'
import { formFactorIn } from '@shared/i18n/catalog-names'
import { messages, translate } from '@shared/i18n'
import { PLAN_FORMAT, PLAN_VERSION, type PlanIssue } from '@shared/schema/plan'

/** Words a Chinese planner reads as written (the classes of zh-derivation-text.test.ts). */
const ALLOWED = new Set(
  [
    ...['GB', 'TB', 'W', 'kW', 'TOPS', 'TFLOPS', 'PFLOPS', 'FLOPs', 'FLOP', 'token', 'U'],
    ...['FP32', 'TF32', 'FP16', 'BF16', 'FP8', 'INT8', 'INT4', 'TDP', 'KV', 'MLA', 'MoE'],
    ...['FFN', 'RoPE', 'LoRA', 'ZeRO', 'PCIe', 'SXM', 'OAM', 'HGX', 'NVLink', 'H264', 'H265'],
    // product lines and systems named in form factors (Huawei Atlas, NVIDIA Grace Blackwell)
    ...['Atlas', 'CloudMatrix', 'Grace', 'Blackwell', 'NVL']
  ].map((word) => word.toLowerCase())
)
const catalog = defaultCatalog()
for (const entry of [
  ...catalog.accelerators.values(),
  ...catalog.servers.values(),
  ...catalog.llms.values(),
  ...catalog.vision.values()
])
  for (const word of entry.name.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
    ALLOWED.add(word.toLowerCase())

function foreignWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => {
    const lower = word.toLowerCase()
    return word.length > 1 && !ALLOWED.has(lower) && !ALLOWED.has(lower.replace(/\d+$/, ''))
  })
}

function plan(workloads: unknown[]) {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name: '测试', workloads }
}

const inference = {
  id: 'i',
  kind: 'llm-inference',
  accelerator: 'huawei-ascend-910b',
  model: 'qwen2.5-7b',
  weightPrecision: 'bf16',
  contextTokens: 4096,
  concurrency: 8
}
const training = {
  id: 't',
  kind: 'llm-training',
  accelerator: 'huawei-ascend-910b',
  model: 'llama-2-7b',
  tokens: 1e11,
  accelerators: 64
}
const finetuning = {
  id: 'f',
  kind: 'llm-finetuning',
  accelerator: 'huawei-ascend-910b',
  model: 'llama-2-7b',
  samples: 10_000,
  tokensPerSample: 512
}
/** A card of the planner's own with a name and nothing else. */
const bareCard = { vendor: '某厂商', name: '自研卡' }

/** Plans that each make the core or the schema name a field (or a purpose) in a message. */
const CASES: [string, unknown[]][] = [
  ['a card without any dense peak', [{ ...inference, accelerator: bareCard }]],
  [
    'a card without memory',
    [{ ...inference, accelerator: { ...bareCard, fp16Tflops: 100, bf16Tflops: 100 } }]
  ],
  ['inference, a model without layers', [{ ...inference, model: { params: 7e9 } }]],
  ['fine-tuning, a model without layers', [{ ...finetuning, model: { params: 7e9 } }]],
  [
    'an MLA model without its latent rank',
    [
      {
        ...inference,
        model: {
          params: 7e9,
          layers: 32,
          hiddenSize: 4096,
          attentionHeads: 32,
          attention: 'mla'
        }
      }
    ]
  ],
  ['training without tokens or corpus', [{ ...training, tokens: undefined }]],
  ['training with both tokens and corpus', [{ ...training, corpus: { gigabytes: 10 } }]],
  [
    'vision training with a model and a portfolio',
    [
      {
        id: 'v',
        kind: 'vision-training',
        accelerator: 'huawei-ascend-910b',
        model: 'resnet50',
        images: 1e6,
        epochs: 10,
        cardsPerRun: 8,
        daysPerRun: 2
      }
    ]
  ],
  [
    'a target compute and a card count',
    [
      {
        id: 'c',
        kind: 'custom',
        accelerator: 'huawei-ascend-910b',
        targetPflops: 10,
        accelerators: 8
      }
    ]
  ]
]

function issuesOf(workloads: unknown[]): PlanIssue[] {
  const result = estimatePlan(plan(workloads))
  expect(result.ok, 'the plan is refused').toBe(false)
  return result.ok ? [] : result.issues
}

describe('messages name fields by their labels (zh-CN)', () => {
  it.each(CASES)('%s', (_case, workloads) => {
    for (const issue of issuesOf(workloads)) {
      const text = translate('zh-CN', issue.messageKey, issue.params)
      expect(foreignWords(text), text).toEqual([])
    }
  })

  it('the missing peak reads as the FP16 figure in both languages', () => {
    const [issue] = issuesOf([
      { ...inference, accelerator: { ...bareCard, memoryGB: 64, memoryBandwidthGBs: 1600 } }
    ])
    expect(issue.messageKey).toBe('core.validation.missingSpec')
    expect(translate('zh-CN', issue.messageKey, issue.params)).toContain('缺少 FP16 数据')
    expect(issue.message).toContain('has no FP16 figure')
  })

  it.each(Object.keys(messages.en.fieldNames.purposes))('the purpose %s', (why) => {
    const text = translate('zh-CN', 'core.validation.missingModelField', { field: 'layers', why })
    expect(foreignWords(text), text).toEqual([])
  })

  it('a list of fields is joined in the reader’s language', () => {
    const [issue] = issuesOf([{ ...training, tokens: undefined }])
    expect(translate('zh-CN', issue.messageKey, issue.params)).toBe(
      '请填写 训练 token 数、语料规模 之一'
    )
  })

  it('a key the schema does not know is shown as the planner wrote it', () => {
    const [issue] = issuesOf([{ ...inference, contextToken: 4 }])
    expect(translate('zh-CN', issue.messageKey, issue.params)).toBe('未知字段“contextToken”')
  })
})

describe('catalog form factors (zh-CN)', () => {
  it('every catalog accelerator with a form factor has one in Chinese', () => {
    const missing = [...catalog.accelerators.values()]
      .filter((card) => card.formFactor !== undefined && card.formFactorZh === undefined)
      .map((card) => card.id)
    expect(missing).toEqual([])
  })

  it.each([...catalog.accelerators.values()].filter((card) => card.formFactor !== undefined))(
    '$id',
    (card) => {
      const zh = formFactorIn(card, 'zh-CN')!
      expect(foreignWords(zh), zh).toEqual([])
      expect(formFactorIn(card, 'en')).toBe(card.formFactor)
    }
  )
})
