/** `estimate --json` carries compare's latency fields and reasons; `--report` writes the PDF. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { findChromium } from '../../../src/main/services/report/pdf-engine'
import { captureCliIO } from '../../support/cli-io'

const ROOT = resolve(__dirname, '../../..')
const PLAN = join(ROOT, 'tests/fixtures/compare/serving-cn.cplan')

interface JsonCandidate {
  acceleratorId: string
  timeToFirstTokenMs: number | null
  timePerOutputTokenMs: number | null
  split: { tensor: number; pipeline: number; expert: number } | null
  replicas: number | null
  feasible: boolean
  excluded: boolean
  failures: { key: string; params: Record<string, unknown> }[]
  reasons: string
}

const saved = { ...process.env }
beforeEach(() => {
  process.env.LC_ALL = 'en_US.UTF-8'
})
afterEach(() => {
  process.env = { ...saved }
})

describe('estimate --json in compare mode', () => {
  it('each candidate carries TTFT, TPOT, split, replicas and its reasons in words', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--json'], io)).toBe(0)
    const json = JSON.parse(io.stdout) as {
      totals: {
        compare: { recommended: string; recommendation: string; candidates: JsonCandidate[] }
      }
    }
    const compare = json.totals.compare
    const byId = new Map(compare.candidates.map((c) => [c.acceleratorId, c]))
    for (const c of compare.candidates) {
      expect(c.timeToFirstTokenMs).toBeGreaterThan(0)
      expect(c.timePerOutputTokenMs).toBeGreaterThan(0)
      expect(c.split?.tensor).toBeGreaterThanOrEqual(1)
      expect(c.replicas).toBeGreaterThanOrEqual(1)
    }
    const h20 = byId.get('nvidia-h20-96gb')!
    expect(h20.feasible).toBe(false)
    expect(h20.reasons).toContain(`chat: TTFT ${Math.round(h20.timeToFirstTokenMs!)} ms > 300 ms`)
    expect(h20.failures.map((f) => f.key)).toContain('compare.reasons.ttft')
    const h100 = byId.get('nvidia-h100-sxm5-80gb')!
    expect(h100.excluded).toBe(true)
    expect(h100.reasons).toContain('Restricted in mainland China since 2022-10-07')
    expect(compare.recommended).toBe('huawei-ascend-910b')
    expect(compare.recommendation).toMatch(/^Ascend 910B .* is the cheapest candidate/)
  })

  it('follows a Chinese locale', async () => {
    process.env.LC_ALL = 'zh_CN.UTF-8'
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--json'], io)).toBe(0)
    expect(io.stdout).toContain('首字延迟 TTFT')
  })
})

describe('estimate --report', () => {
  it('without a PDF engine: exit 1 and a message saying what to install', async () => {
    process.env.CHROMIUM_PATH = join(tmpdir(), 'no-such-chromium')
    const out = join(mkdtempSync(join(tmpdir(), 'cp-report-')), 'report.pdf')
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--report', out], io)).toBe(1)
    expect(io.stderr).toContain('No PDF engine found: install Chromium')
    expect(existsSync(out)).toBe(false)
  })

  it.runIf(findChromium() !== undefined)(
    'writes an A4 PDF with the report (headless Chromium)',
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'cp-report-')), 'report.pdf')
      const io = captureCliIO()
      expect(await runCli(['estimate', PLAN, '--json', '--report', out], io)).toBe(0)
      expect(() => JSON.parse(io.stdout)).not.toThrow()
      expect(io.stderr).toContain(out)
      const pdf = readFileSync(out)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      // A4 is 595 × 842 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/)
    },
    120_000
  )
})
