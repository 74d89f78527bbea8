import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { estimatePlan } from '@shared/core'
import { readPlanText } from '@shared/schema/plan-file'
import {
  ErrorReport,
  formatFigure,
  formatMoney,
  renderTable,
  runEstimate,
  toJson
} from '../../../../src/main/cli/commands/estimate'
import { captureCliIO } from '../../../support/cli-io'

const EXAMPLE = join(__dirname, '../../../../resources/examples/llama-2-70b-serving.cplan')
const dir = mkdtempSync(join(tmpdir(), 'cli-estimate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeEach(() => {
  // Words follow the environment's locale when --lang is not given.
  vi.stubEnv('LC_ALL', '')
  vi.stubEnv('LC_MESSAGES', '')
  vi.stubEnv('LANG', 'en_US.UTF-8')
})
afterEach(() => vi.unstubAllEnvs())

function examplePlan() {
  const read = readPlanText(readFileSync(EXAMPLE, 'utf8'))
  if (!read.ok) throw new Error('example plan does not read')
  return read.plan
}

describe('formatFigure and formatMoney', () => {
  it('group digits, never use exponents, and show tiny values in significant figures', () => {
    expect(formatFigure(4_958_000)).toBe('4,958,000')
    expect(formatFigure(12.345)).toBe('12.3')
    expect(formatFigure(12.345, 0)).toBe('12')
    expect(formatFigure(0)).toBe('0')
    // 0.00123 is below half of 0.1 (one decimal): two significant figures instead of "0".
    expect(formatFigure(0.00123)).toBe('0.0012')
    expect(formatFigure(null)).toBe('—')
    expect(formatFigure(Number.POSITIVE_INFINITY)).toBe('—')
    // Whole currency units, grouped, with the code after.
    expect(formatMoney(1_234_567.6, 'CNY')).toBe('1,234,568 CNY')
    expect(formatMoney(undefined, 'USD')).toBe('—')
  })
})

describe('ErrorReport', () => {
  it('writes each problem to stderr and keeps it for the --json error object', () => {
    const io = captureCliIO()
    const report = new ErrorReport(io)
    report.issue('plan.cplan', 'workloads[0].accelerator', 'unknown accelerator')
    report.line('estimate: something else\n\n')
    report.sink('from a service')
    expect(io.stderr).toBe(
      'plan.cplan: workloads[0].accelerator: unknown accelerator\nestimate: something else\n\n' +
        'from a service\n'
    )
    expect(JSON.parse(report.json(2))).toEqual({
      error: {
        exitCode: 2,
        code: 'INVALID_INPUT',
        issues: [
          { file: 'plan.cplan', path: 'workloads[0].accelerator', message: 'unknown accelerator' },
          // Trailing line breaks are not part of the message.
          { message: 'estimate: something else' },
          { message: 'from a service' }
        ]
      }
    })
    expect(JSON.parse(report.json(1)).error.code).toBe('FAILURE')
  })
})

describe('runEstimate: arguments', () => {
  it.each([
    [[], 'estimate: missing PLAN file'],
    [['a.cplan', '--frobnicate'], 'estimate: unknown option --frobnicate'],
    [['a.cplan', 'b.cplan'], 'estimate: unexpected argument b.cplan'],
    [['a.cplan', '--quote'], 'estimate: --quote needs a file name'],
    [['a.cplan', '--inventory', '--report'], 'estimate: --inventory needs a file name'],
    [['a.cplan', '--lang', 'fr'], 'estimate: --lang takes zh-CN, en or both (got fr)']
  ])('%j exits 2 with "%s" and the usage', async (args, message) => {
    const io = captureCliIO()
    expect(await runEstimate(args, io)).toBe(2)
    expect(io.stderr.split('\n')[0]).toBe(message)
    expect(io.stderr).toContain('Usage: compute-planner estimate PLAN.cplan')
    expect(io.stdout).toBe('')
  })

  it('with --json also prints the error object on stdout', async () => {
    const io = captureCliIO()
    expect(await runEstimate(['--json'], io)).toBe(2)
    expect(JSON.parse(io.stdout).error.issues[0]).toEqual({
      message: 'estimate: missing PLAN file'
    })
  })
})

describe('runEstimate: plans', () => {
  it('prints the JSON of the estimate, exactly the core’s result per workload', async () => {
    const io = captureCliIO()
    expect(await runEstimate([EXAMPLE, '--json'], io)).toBe(0)
    const printed = JSON.parse(io.stdout)
    const expected = estimatePlan(examplePlan())
    if (!expected.ok) throw new Error('example does not estimate')
    expect(printed).toEqual(JSON.parse(JSON.stringify(toJson(expected, 'en'))))
    expect(printed.workloads.map((w: { id: string }) => w.id)).toEqual(
      expected.workloads.map((w) => w.id)
    )
  })

  it('prints the table in the environment language, or the one --lang names', async () => {
    const en = captureCliIO()
    expect(await runEstimate([EXAMPLE], en)).toBe(0)
    expect(en.stdout.split('\n')[0]).toMatch(/^workload\s+kind\s+accelerator\s+cards/)
    const zh = captureCliIO()
    expect(await runEstimate([EXAMPLE, '--lang', 'zh'], zh)).toBe(0)
    expect(zh.stdout.split('\n')[0]).not.toMatch(/workload/)
  })

  it('names the file and the JSON path of each problem of an invalid plan (exit 2)', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8'))
    plan.workloads[0].accelerator = 'no-such-card'
    const file = join(dir, 'broken.cplan')
    writeFileSync(file, JSON.stringify(plan))
    const io = captureCliIO()
    expect(await runEstimate([file], io)).toBe(2)
    expect(io.stderr).toContain(`${file}: workloads[0].accelerator: `)
  })

  it('refuses a file that is not a plan, and one that cannot be read', async () => {
    const file = join(dir, 'notes.cplan')
    writeFileSync(file, 'not json')
    const io = captureCliIO()
    expect(await runEstimate([file], io)).toBe(2)
    expect(io.stderr.startsWith(`${file}: `)).toBe(true)
    const missing = captureCliIO()
    expect(await runEstimate([join(dir, 'absent.cplan')], missing)).toBe(2)
    expect(missing.stderr).toContain('absent.cplan')
  })
})

describe('renderTable', () => {
  it('lists one row per workload with its card count, and the totals with the currency', () => {
    const result = estimatePlan(examplePlan())
    if (!result.ok) throw new Error('example does not estimate')
    const table = renderTable(result, 'en')
    const lines = table.split('\n')
    for (const workload of result.workloads) {
      const row = lines.find((line) => line.startsWith(workload.id))
      expect(row).toContain(formatFigure(workload.result.accelerators, 0))
    }
    const currency = result.totals!.currency
    expect(table).toContain(`capex ${currency}`)
    expect(table).toContain(`Energy: ${formatFigure(result.totals!.energyMWhPerYear)} MWh/year`)
    // `both`: English, then Chinese where the words differ.
    expect(renderTable(result, 'both').split('\n')[0]).toMatch(/^workload \/ \S+/)
  })
})
