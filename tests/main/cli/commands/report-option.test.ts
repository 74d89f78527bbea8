/** The CLI's report pieces: letterhead from settings and env, the compare JSON, the PDF writer. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { estimatePlan } from '@shared/core'
import {
  compareJson,
  reportLetterhead,
  writeReportForPlan
} from '../../../../src/main/cli/commands/report-option'
import type { PdfEngine } from '../../../../src/main/services/report/pdf-engine'
import { plan, trainingAndServing } from '../../quote/helpers/fixtures'

const folder = (settings?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-report-option-'))
  if (settings !== undefined) writeFileSync(join(dir, 'settings.json'), settings)
  return dir
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('reportLetterhead', () => {
  it('company and author from the app settings', async () => {
    const dir = folder(JSON.stringify({ version: 1, companyName: 'ACME', authorName: 'Li Lei' }))
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir })).toEqual({
      company: 'ACME',
      author: 'Li Lei'
    })
  })

  it('the environment overrides each field; empty fields are left out', async () => {
    const dir = folder(JSON.stringify({ version: 1, companyName: 'ACME', authorName: 'Li Lei' }))
    expect(
      await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir, COMPUTE_PLANNER_AUTHOR: '韩梅梅' })
    ).toEqual({ company: 'ACME', author: '韩梅梅' })
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: folder() })).toEqual({})
  })

  it('a damaged settings file gives no letterhead and is left in place', async () => {
    const dir = folder('{"companyName": "ACME"')
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir })).toEqual({})
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{"companyName": "ACME"')
  })
})

describe('compareJson', () => {
  const comparing = plan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'chat',
    workloads: [
      {
        id: 'chat',
        kind: 'llm-inference',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-70b',
        weightPrecision: 'fp16',
        contextTokens: 8192,
        concurrency: 8
      }
    ],
    settings: { currency: 'CNY', market: 'mainland-china' },
    compare: {
      enabled: true,
      candidates: ['nvidia-h20-96gb', 'huawei-ascend-910b', 'nvidia-h100-sxm5-80gb']
    }
  })
  const compare = estimatePlan(comparing).compare!

  it('adds sentences instead of message keys, per language, keeping the core fields', () => {
    const en = compareJson(compare, 'en') as Record<string, unknown> & {
      recommendation: string
      candidates: { acceleratorId: string; reasons: string }[]
      groups: { recommendation: string; candidates: unknown[] }[]
    }
    const zh = compareJson(compare, 'zh-CN') as typeof en
    expect(en.recommendation).not.toBe(compare.reason.key)
    expect(en.recommendation).not.toMatch(/^compare\./)
    expect(zh.recommendation).toMatch(/[\u4e00-\u9fff]/)
    expect(en.candidates.map((c) => c.acceleratorId)).toEqual(
      compare.candidates.map((c) => c.acceleratorId)
    )
    for (const c of en.candidates) expect(typeof c.reasons).toBe('string')
    expect(en.groups).toHaveLength(compare.groups.length)
    expect(en.groups[0].candidates).toHaveLength(compare.groups[0].candidates.length)
    expect(en.rankedBy).toBe('tco')
  })
})

describe('writeReportForPlan', () => {
  const lines = () => {
    const out: string[] = []
    const err: string[] = []
    return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } }
  }

  it('writes what the engine printed and says where, in the locale', async () => {
    vi.stubEnv('COMPUTE_PLANNER_USER_DATA', folder())
    const printed: string[] = []
    const engine: PdfEngine = {
      name: 'fake',
      print: async (html) => {
        printed.push(html)
        return Buffer.from('%PDF-1.7 fake')
      }
    }
    const out = join(folder(), 'report.pdf')
    const run = lines()
    expect(await writeReportForPlan(trainingAndServing(), out, run.io, 'zh-CN', engine)).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 fake')
    expect(printed).toHaveLength(1)
    expect(printed[0]).toContain('GPU cluster 2025')
    expect(run.out).toEqual([`报告已写入 ${out}\n`])
  })

  it('a failing engine is exit 1 with the reason, and no file', async () => {
    vi.stubEnv('COMPUTE_PLANNER_USER_DATA', folder())
    const engine: PdfEngine = {
      name: 'broken',
      print: async () => {
        throw new Error('no Chromium found')
      }
    }
    const out = join(folder(), 'report.pdf')
    const run = lines()
    expect(await writeReportForPlan(trainingAndServing(), out, run.io, 'en', engine)).toBe(1)
    expect(run.err).toEqual([`${out}: no Chromium found\n`])
    expect(existsSync(out)).toBe(false)
  })
})
