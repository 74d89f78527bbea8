/** `estimate PLAN --quote OUT`: exit codes and messages of the CLI's quote writer. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { computeQuoteLines } from '@shared/quote/lines'
import { edits, trainingAndServing } from '../../quote/helpers/fixtures'
import {
  writeQuoteForPlan,
  writeQuoteFromCli
} from '../../../../src/main/cli/commands/quote-option'

function io(files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    io: {
      out: (text: string) => out.push(text),
      err: (text: string) => err.push(text),
      readFile: async (path: string) => (path in files ? files[path] : readFile(path, 'utf8'))
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cp-quote-option-'))

describe('writeQuoteFromCli', () => {
  it('an unreadable plan is exit 2, naming the file', async () => {
    const run = io()
    const code = await writeQuoteFromCli(join(dir, 'none.cplan'), join(dir, 'q.csv'), run.io)
    expect(code).toBe(2)
    expect(run.err.join('')).toMatch(/none\.cplan: cannot read the file \(.*ENOENT/)
    expect(existsSync(join(dir, 'q.csv'))).toBe(false)
  })

  it('an invalid plan is exit 2, one line per issue prefixed with the file', async () => {
    const run = io({ 'bad.cplan': '{"format": "compute-planner/plan", "version": 1}' })
    const code = await writeQuoteFromCli('bad.cplan', join(dir, 'q.csv'), run.io)
    expect(code).toBe(2)
    expect(run.err.length).toBeGreaterThan(0)
    for (const line of run.err) expect(line).toMatch(/^bad\.cplan: .+\n$/)
    expect(run.out).toEqual([])
  })

  it('writes the CSV and reports the grand total of the quote lines', async () => {
    const plan = trainingAndServing()
    const run = io({ 'p.cplan': JSON.stringify(plan) })
    const out = join(dir, 'quote.csv')
    expect(await writeQuoteFromCli('p.cplan', out, run.io, { date: '2025-03-01' })).toBe(0)
    const expected = computeQuoteLines(plan, estimatePlan(plan), edits()).totals.grandTotal
    const total = expected.toLocaleString('en-US', { maximumFractionDigits: 2 })
    expect(run.out).toEqual([`Quote written to ${out} (grand total ${total} CNY)\n`])
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0)
  })
})

describe('writeQuoteForPlan', () => {
  it('messages in Chinese with locale zh-CN', async () => {
    const run = io()
    const out = join(dir, 'quote-zh.csv')
    expect(
      await writeQuoteForPlan(trainingAndServing(), 'p.cplan', out, run.io, { locale: 'zh-CN' })
    ).toBe(0)
    expect(run.out[0]).toMatch(
      new RegExp(`^报价单已写入 ${out.replace(/[.\\/]/g, '\\$&')}（总计 [\\d,.]+ CNY）\\n$`)
    )
  })

  it('a folder that does not exist is exit 1 (could not write)', async () => {
    const run = io()
    const out = join(dir, 'missing', 'deeper', 'q.csv')
    expect(await writeQuoteForPlan(trainingAndServing(), 'p.cplan', out, run.io)).toBe(1)
    expect(run.err.join('')).not.toBe('')
    expect(run.out).toEqual([])
    expect(existsSync(out)).toBe(false)
  })
})
