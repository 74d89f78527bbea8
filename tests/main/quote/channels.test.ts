/** The quote channels through the real dispatcher (both transports use it), and the CLI option. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import type { QuoteFile } from '@shared/ipc/contracts/quote'
import type { QuoteLines } from '@shared/quote/lines'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { createQuoteHandlers } from '../../../src/main/services/quote/handlers'
import { writeQuoteFromCli } from '../../../src/main/cli/commands/quote-option'
import { EXAMPLES_DIR, fullEdits, trainingAndServing } from './helpers/fixtures'
import { readWorkbook, recalculate } from './helpers/workbook'

const handlers = createQuoteHandlers({
  platform: 'linux',
  userDataDir: '/tmp/cp-quote'
}) as unknown as Handlers
const context = { transport: 'web' as const, locale: 'zh-CN' as const }

describe('quote channels', () => {
  it('are named in the one channel list', () => {
    expect(CHANNELS.exportQuote).toBe('quote.export')
    expect(CHANNELS.exportQuoteCsv).toBe('quote.exportCsv')
    expect(CHANNELS.quoteLines).toBe('quote.lines')
  })

  it('quote.export answers with the workbook as base64, a file name and the totals on screen', async () => {
    const envelope = await dispatch(
      handlers,
      'quote.export',
      { plan: trainingAndServing(), edits: fullEdits(), options: { language: 'zh-CN' } },
      context
    )
    expect(envelope.ok).toBe(true)
    const file = (envelope as { data: QuoteFile }).data
    expect(file.fileName).toBe('GPU cluster 2025 - 报价.xlsx')
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const bytes = Buffer.from(file.base64, 'base64')
    expect(bytes.byteLength).toBe(file.byteLength)
    const workbook = await readWorkbook(bytes)
    expect(recalculate(workbook).valueOf('Quote_GrandTotal')).toBeCloseTo(file.totals.grandTotal, 4)

    const lines = await dispatch(
      handlers,
      'quote.lines',
      { plan: trainingAndServing(), edits: fullEdits() },
      context
    )
    expect((lines as { data: QuoteLines }).data.totals).toEqual(file.totals)
  })

  it('quote.exportCsv answers with the CSV', async () => {
    const envelope = await dispatch(
      handlers,
      'quote.exportCsv',
      { plan: trainingAndServing() },
      context
    )
    const file = (envelope as { data: QuoteFile }).data
    expect(file.fileName.endsWith('.csv')).toBe(true)
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('"序号"')
  })

  it('a malformed request is BAD_REQUEST with located issues', async () => {
    const envelope = await dispatch(
      handlers,
      'quote.export',
      {
        plan: trainingAndServing(),
        edits: {
          items: [{ id: 'x', category: 'network', description: 'a', quantity: -1, unitPrice: 1 }]
        }
      },
      context
    )
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(JSON.stringify(envelope)).toContain('edits.items[0].quantity')
  })

  it('a plan that does not estimate is INVALID_PLAN naming the field', async () => {
    const plan = trainingAndServing()
    const broken = { ...plan, workloads: [{ ...plan.workloads[0], accelerator: 'no-such-card' }] }
    const envelope = await dispatch(handlers, 'quote.export', { plan: broken }, context)
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_PLAN' } })
    expect(JSON.stringify(envelope)).toContain('workloads[0].accelerator')
  })
})

describe('estimate PLAN --quote OUT (writeQuoteFromCli)', () => {
  const io = () => {
    const out: string[] = []
    const err: string[] = []
    return {
      out,
      err,
      io: {
        out: (t: string) => out.push(t),
        err: (t: string) => err.push(t),
        readFile: (p: string) => readFile(p, 'utf8')
      }
    }
  }

  it('writes the workbook of an example plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quote-cli-'))
    const target = join(dir, 'out.xlsx')
    const run = io()
    const code = await writeQuoteFromCli(
      join(EXAMPLES_DIR, 'llama-2-70b-serving.cplan'),
      target,
      run.io,
      { date: '2025-01-01' }
    )
    expect(run.err.join('')).toBe('')
    expect(code).toBe(0)
    expect(run.out.join('')).toMatch(
      /^Quote written to .*out\.xlsx \(grand total [\d,.]+ [A-Z]{3}\)/
    )
    const workbook = await readWorkbook(readFileSync(target))
    expect(workbook.getWorksheet('Quote')).toBeDefined()
  })

  it('exit 2 naming the field for an invalid plan, exit 1 when the file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quote-cli-'))
    const bad = join(dir, 'bad.cplan')
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(
        bad,
        JSON.stringify({
          format: 'compute-planner/plan',
          version: 1,
          name: 'x',
          workloads: [
            {
              id: 'a',
              kind: 'custom',
              accelerator: 'nvidia-h100-sxm5-80gb',
              acceleratorHours: -5,
              targetDays: 1
            }
          ]
        })
      )
    )
    const invalid = io()
    expect(await writeQuoteFromCli(bad, join(dir, 'out.xlsx'), invalid.io)).toBe(2)
    expect(invalid.err.join('')).toContain('workloads[0].acceleratorHours')

    const unwritable = io()
    expect(
      await writeQuoteFromCli(
        join(EXAMPLES_DIR, 'llama-2-70b-serving.cplan'),
        join(dir, 'missing', 'out.xlsx'),
        unwritable.io
      )
    ).toBe(1)
    expect(unwritable.err.join('')).toMatch(/folder does not exist/)
  })
})

describe('quote edits stored in the plan', () => {
  it('are used when the request has none, and invalid ones are located under quote', async () => {
    const { exportQuoteWorkbook } = await import('../../../src/main/services/quote/export-quote')
    const withEdits = { ...trainingAndServing(), quote: fullEdits() } as never
    const output = await exportQuoteWorkbook({
      plan: withEdits,
      locale: 'en',
      options: { date: '2025-01-01' }
    })
    expect(output.totals.optionalTotal).toBeGreaterThan(0)
    const broken = {
      ...trainingAndServing(),
      quote: {
        items: [{ id: 'x', category: 'network', description: 'a', quantity: -1, unitPrice: 1 }]
      }
    } as never
    await expect(exportQuoteWorkbook({ plan: broken, locale: 'en' })).rejects.toMatchObject({
      code: 'INVALID_PLAN',
      issues: [expect.objectContaining({ path: 'quote.items[0].quantity' })]
    })
  })
})
