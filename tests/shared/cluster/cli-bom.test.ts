/** `estimate --json` carries the bill of materials under `totals` (docs/cli.md). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runEstimate } from '../../../src/main/cli/commands/estimate'

const EXAMPLES = join(__dirname, '../../../resources/examples')

describe('compute-planner estimate --json: bill of materials', () => {
  it('has totals.bom lines whose priced sum, with VAT, is totals.capex', async () => {
    const out: string[] = []
    const code = await runEstimate(
      [join(EXAMPLES, 'seed-vision-training-platform.cplan'), '--json'],
      {
        out: (s: string) => void out.push(s),
        err: () => undefined,
        readFile: (p: string) => readFile(p, 'utf8')
      }
    )
    expect(code).toBe(0)
    const { totals } = JSON.parse(out.join('')) as {
      totals: {
        capex: number
        bom: {
          lines: {
            id: string
            costCategory: string
            quantity: number
            unitPrice: number
            lineTotal: number
            section: string
          }[]
          byCategory: Record<string, number>
          taxRate: number
          grandTotal: number
        }
        cluster: { sections: { id: string; steps: { id: string }[] }[]; racks: number }
      }
    }
    const bom = totals.bom
    expect(bom.lines.some((l) => l.costCategory === 'network')).toBe(true)
    expect(bom.lines.some((l) => l.costCategory === 'facility')).toBe(true)
    const counted = bom.lines.filter((l) => l.section !== 'optional')
    const sum = counted.reduce((s, l) => s + l.lineTotal, 0)
    expect(sum * (1 + bom.taxRate)).toBeCloseTo(totals.capex, 2)
    expect(bom.grandTotal).toBeCloseTo(totals.capex, 2)
    const byCategory = Object.values(bom.byCategory).reduce((s, v) => s + v, 0)
    expect(byCategory).toBeCloseTo(sum, 2)
    expect(totals.cluster.racks).toBeGreaterThan(0)
  })

  it('gives every line its role, named in both languages (docs/cli.md)', async () => {
    const out: string[] = []
    await runEstimate([join(EXAMPLES, 'gpt3-175b-training.cplan'), '--json'], {
      out: (s: string) => void out.push(s),
      err: () => undefined,
      readFile: (p: string) => readFile(p, 'utf8')
    })
    const lines = (
      JSON.parse(out.join('')) as {
        totals: { bom: { lines: { id: string; role: string; roleText: Record<string, string> }[] } }
      }
    ).totals.bom.lines
    for (const line of lines) {
      expect(line.role, line.id).toMatch(/^[a-zA-Z]+$/)
      expect(line.roleText.en, line.id).not.toBe('')
      expect(line.roleText['zh-CN'], line.id).toMatch(/[\u4e00-\u9fff]/)
    }
    const role = (id: string) => lines.find((l) => l.id.endsWith(id))?.role
    expect(role(':leaf')).toBe('computeLeaf')
    expect(role('compute:nvidia-a100-sxm4-80gb:spine')).toBe('computeSpine')
    expect(role('support:rack')).toBe('managementRack')
  })
})
