/** Plans for the quote tests: the shipped examples plus a few built to reach every line kind. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePlan } from '@shared/core'
import type { PlanDocument, PlanDocumentInput } from '@shared/schema/plan'
import { quoteEditsSchema, type QuoteEdits, type QuoteEditsInput } from '@shared/schema/quote'

export const EXAMPLES_DIR = join(__dirname, '../../../../resources/examples')

export function plan(input: PlanDocumentInput | unknown): PlanDocument {
  const parsed = parsePlan(input)
  if (!parsed.ok) throw new Error(`fixture plan invalid: ${JSON.stringify(parsed.issues)}`)
  return parsed.plan
}

export function edits(input: QuoteEditsInput = {}): QuoteEdits {
  return quoteEditsSchema.parse(input)
}

export function examplePlans(): { file: string; plan: PlanDocument }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.cplan'))
    .sort()
    .map((file) => ({
      file,
      plan: plan(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')))
    }))
}

/** Training + serving on priced H100s, in CNY with tax and discount. */
export function trainingAndServing(overrides: Partial<PlanDocumentInput> = {}): PlanDocument {
  return plan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'GPU cluster 2025',
    workloads: [
      {
        id: 'train',
        name: 'Pre-train 7B',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        tokens: 2e12,
        targetDays: 30
      },
      {
        id: 'serve',
        kind: 'llm-inference',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        weightPrecision: 'fp16',
        contextTokens: 4096,
        concurrency: 16
      }
    ],
    settings: { currency: 'CNY', taxRate: 0.13, discount: 0.05 },
    ...overrides
  })
}

/** Several accelerator models: one without a price, one from the inventory with stock on hand. */
export function mixedHardware(): PlanDocument {
  return plan({
    format: 'compute-planner/plan',
    version: 1,
    name: '混合硬件方案',
    workloads: [
      {
        id: 'finetune',
        kind: 'custom',
        accelerator: 'our-910b',
        acceleratorHours: 20_000,
        precision: 'fp16',
        targetDays: 10
      },
      {
        id: 'vision',
        kind: 'vision-training',
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'resnet50',
        images: 1.28e6,
        epochs: 90,
        runs: 3,
        targetDays: 2
      },
      {
        id: 'cameras',
        name: '摄像头 200 路',
        kind: 'video-analytics',
        accelerator: 'huawei-atlas-300i-duo',
        streams: 200,
        resolution: '1080p',
        fps: 25,
        model: 'yolov5s-detection'
      }
    ],
    settings: { currency: 'USD', taxRate: 0.06, discount: 0.1, pue: 1.4 },
    inventory: [
      {
        id: 'our-910b',
        vendor: 'Huawei',
        name: 'Ascend 910B (our price)',
        formFactorClass: 'module',
        architecture: 'davinci',
        memoryGB: 64,
        memoryBandwidthGBs: 1600,
        fp16Tflops: 320,
        bf16Tflops: 320,
        tdpW: 400,
        quantityOnHand: 8,
        price: { amount: 120000, currency: 'CNY', date: '2025-01', source: 'Example quote' }
      }
    ]
  })
}

/** Every kind of user line: hardware extras in another currency, services, support, optional. */
export function fullEdits(): QuoteEdits {
  return edits({
    language: 'en',
    items: [
      {
        id: 'switch',
        category: 'network',
        description: '400G switch',
        quantity: 2,
        unit: 'pcs',
        unitPrice: 30000,
        currency: 'USD'
      },
      {
        id: 'nas',
        category: 'storage',
        description: 'All-flash storage, 1 PB',
        quantity: 1,
        unitPrice: 2_000_000
      },
      {
        id: 'spares',
        category: 'spareAccelerator',
        description: 'Spare cards',
        quantity: 4,
        unitPrice: 180_000,
        discount: 0.2
      },
      {
        id: 'install',
        category: 'installation',
        description: 'Racking and cabling',
        quantity: 3,
        unit: 'day',
        unitPrice: 8000
      },
      {
        id: 'training',
        category: 'service',
        description: 'Operator training',
        quantity: 1,
        unitPrice: 50_000,
        optional: true
      }
    ],
    support: { ratePerYear: 0.08, years: 3 },
    notes: 'Prices valid for 30 days.'
  })
}
