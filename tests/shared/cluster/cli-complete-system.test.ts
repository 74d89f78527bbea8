/**
 * `estimate --json` shows a group bought as complete systems (issue 19): one bill-of-materials
 * line per system under `totals.bom`, the group's `completeSystem`, and no card line; the
 * table names the system in the chosen language.
 */
import { describe, expect, it } from 'vitest'
import { runEstimate } from '../../../src/main/cli/commands/estimate'

const planText = JSON.stringify({
  format: 'compute-planner/plan',
  version: 1,
  name: 'Atlas systems',
  workloads: [
    {
      id: 'train',
      kind: 'llm-training',
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-7b',
      tokens: 1e11,
      accelerators: 64
    }
  ],
  settings: {
    currency: 'CNY',
    completeSystemByAccelerator: { 'huawei-ascend-910b': true }
  },
  priceBook: [
    {
      partId: 'huawei-atlas-800t-a2-system',
      price: { amount: 1_000_000, currency: 'CNY', source: 'vendor quote' }
    }
  ]
})

async function run(args: string[]): Promise<string> {
  const out: string[] = []
  const code = await runEstimate(['plan.cplan', ...args], {
    out: (s: string) => void out.push(s),
    err: () => undefined,
    readFile: () => Promise.resolve(planText)
  })
  expect(code).toBe(0)
  return out.join('')
}

describe('compute-planner estimate: complete systems', () => {
  it('--json carries one system line and the group’s complete system', async () => {
    const { totals } = JSON.parse(await run(['--json'])) as {
      totals: {
        byAccelerator: { completeSystem?: { id: string; accelerators: number } }[]
        bom: {
          lines: {
            id: string
            role: string
            quantity: number
            unitPrice: number
            lineTotal: number
            quantityFrom?: { section: string; step: string }
          }[]
        }
      }
    }
    expect(totals.byAccelerator[0].completeSystem).toMatchObject({
      id: 'huawei-atlas-800t-a2-system',
      accelerators: 8
    })
    const compute = totals.bom.lines.filter((l) =>
      ['computeAccelerator', 'computeServer', 'computeSystem'].includes(l.role)
    )
    // 64 cards / 8 per system = 8 systems × ¥1,000,000.
    expect(compute).toEqual([
      expect.objectContaining({
        id: 'system:huawei-ascend-910b',
        role: 'computeSystem',
        quantity: 8,
        quantityFrom: { section: 'group:huawei-ascend-910b', step: 'systemsToBuy' }
      })
    ])
    expect(compute[0].unitPrice).toBe(1_000_000)
    expect(compute[0].lineTotal).toBe(8_000_000)
  })

  it('the table names the system in Chinese under --lang zh-CN', async () => {
    const text = await run(['--lang', 'zh-CN'])
    expect(text).toContain('8 × 华为 Atlas 800T A2 训练服务器')
  })
})
