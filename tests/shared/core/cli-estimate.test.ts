/** The `estimate` command: table, exact JSON shape, exit codes and located messages. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runEstimate } from '../../../src/main/cli/commands/estimate'
import { plan } from './helpers'

const EXAMPLES = join(__dirname, '../../../resources/examples')

function io(files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    io: {
      out: (s: string) => void out.push(s),
      err: (s: string) => void err.push(s),
      readFile: async (p: string) => (p in files ? files[p] : readFile(p, 'utf8'))
    }
  }
}

describe('compute-planner estimate', () => {
  it('prints exactly { workloads: [{ id, kind, accelerator, result }], totals } with --json', async () => {
    const t = io()
    const code = await runEstimate(
      [join(EXAMPLES, 'seed-video-analytics-3000-streams.cplan'), '--json'],
      t.io
    )
    expect(code).toBe(0)
    const json = JSON.parse(t.out.join(''))
    expect(Object.keys(json)).toEqual(['workloads', 'totals'])
    expect(Object.keys(json.workloads[0])).toEqual(['id', 'kind', 'accelerator', 'result'])
    expect(json.workloads[0]).toMatchObject({
      id: 'video-3000',
      kind: 'video-analytics',
      accelerator: 'seed-ascend-inference-card-88tops-int8',
      result: { streamsPerAccelerator: 16, acceleratorsBeforeEfficiency: 188, accelerators: 209 }
    })
    expect(json.totals.accelerators).toBe(343)
  })

  it('prints a readable table by default', async () => {
    const t = io()
    expect(await runEstimate([join(EXAMPLES, 'gpt3-175b-training.cplan')], t.io)).toBe(0)
    const text = t.out.join('')
    expect(text).toMatch(/gpt3\s+LLM training\s+A100 80GB SXM4\s+1,024/)
    // 33.8 productive days ÷ 0.9 training goodput = 37.6 days (issue 16: days are wall-clock),
    // printed whole from 10 up (shared/format/duration.ts).
    expect(text).toMatch(/ 38 days/)
  })

  it('estimates a fine-tuning plan: memory per card and days, in the language asked for', async () => {
    const file = join(EXAMPLES, 'qlora-guanaco-65b.cplan')
    const json = io()
    expect(await runEstimate([file, '--json'], json.io)).toBe(0)
    const result = JSON.parse(json.out.join('')).workloads[0].result
    expect(result.method).toBe('qlora')
    expect(result.fitsInMemory).toBe(true)
    const en = io()
    expect(await runEstimate([file], en.io)).toBe(0)
    expect(en.out.join('')).toMatch(/guanaco-65b\s+LLM fine-tuning\s+A40\s+1\s/)
    expect(en.out.join('')).toMatch(/\d+(\.\d)? GB\/card, \d+(\.\d)? (h|days)\b/)
    const zh = io()
    expect(await runEstimate([file, '--lang', 'zh-CN'], zh.io)).toBe(0)
    const text = zh.out.join('')
    expect(text).toMatch(/每卡 \d+(\.\d)? GB/)
    expect(text).not.toMatch(/GB\/card| days| h\b/)
  })

  it('exits 2 naming the JSON path of invalid input', async () => {
    const bad = plan([
      {
        id: 'a',
        kind: 'custom',
        accelerator: 'nvidia-h100-sxm5-80gb',
        totalFlops: 1e20,
        accelerators: 4
      },
      {
        id: 'b',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        tokens: 0,
        accelerators: 8
      }
    ])
    const t = io({ 'bad.cplan': JSON.stringify(bad) })
    expect(await runEstimate(['bad.cplan', '--json'], t.io)).toBe(2)
    expect(t.err.join('')).toContain('workloads[1].tokens: must be > 0')
    // With --json the refusal is also JSON on stdout (issue 19), the exit code unchanged.
    expect(JSON.parse(t.out.join(''))).toMatchObject({
      error: {
        exitCode: 2,
        code: 'INVALID_INPUT',
        issues: expect.arrayContaining([
          { file: 'bad.cplan', path: 'workloads[1].tokens', message: 'must be > 0' }
        ])
      }
    })
  })

  it('exits 2 on unknown ids, unreadable files and bad arguments', async () => {
    const unknown = plan([
      { id: 'a', kind: 'custom', accelerator: 'no-such-card', totalFlops: 1e20, accelerators: 4 }
    ])
    const t = io({ 'u.cplan': JSON.stringify(unknown), 'broken.cplan': '{ "format": ' })
    expect(await runEstimate(['u.cplan'], t.io)).toBe(2)
    expect(t.err.join('')).toContain(
      'workloads[0].accelerator: unknown accelerator id "no-such-card"'
    )
    expect(await runEstimate(['broken.cplan'], t.io)).toBe(2)
    expect(await runEstimate(['missing-file.cplan'], t.io)).toBe(2)
    expect(await runEstimate([], t.io)).toBe(2)
    expect(await runEstimate(['u.cplan', '--frobnicate'], t.io)).toBe(2)
  })
})
