/**
 * Issue 19, "Chinese all the way through", on the command line: `--lang zh-CN|en|both` for
 * `estimate` and its quote (the locale by default), money as money, CJK columns aligned by
 * display width, and with --json every error as JSON on stdout too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { runInventory } from '../../../src/main/cli/commands/inventory'
import { displayWidth } from '../../../src/main/cli/terminal'
import { captureCliIO } from '../../support/cli-io'

const ROOT = resolve(__dirname, '../../..')
const PLAN = join(ROOT, 'resources/examples/seed-video-analytics-3000-streams.cplan')

let dir: string
const saved = { ...process.env }
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-lang-'))
  process.env.LANG = 'en_US.UTF-8'
  delete process.env.LC_ALL
  delete process.env.LC_MESSAGES
})
afterEach(() => {
  process.env.LANG = saved.LANG
  if (saved.LC_ALL !== undefined) process.env.LC_ALL = saved.LC_ALL
})

/** Where each column starts, in terminal cells, on a line of the first table. */
function columnStarts(line: string): number[] {
  const starts: number[] = []
  let cells = 0
  let previousSpaces = 2
  for (const character of line) {
    if (character !== ' ' && previousSpaces >= 2) starts.push(cells)
    previousSpaces = character === ' ' ? previousSpaces + 1 : 0
    cells += displayWidth(character)
  }
  return starts
}

describe('estimate --lang', () => {
  it('prints Chinese with --lang zh-CN: headers, kinds, units and notes', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'zh-CN'], io)).toBe(0)
    expect(io.stdout).toMatch(/^负载\s+类型\s+加速卡\s+卡数/)
    expect(io.stdout).toContain('视频分析')
    expect(io.stdout).toContain('每卡 16 路（算力）')
    expect(io.stdout).toContain('合计')
    // The table's own words are Chinese (names from the catalogue stay as they are).
    expect(io.stdout).not.toMatch(/key figures|streams\/card|\bEnergy\b|\(compute\)|^total/m)
  })

  it('follows a Chinese locale without the flag, and --lang en overrides it', async () => {
    process.env.LANG = 'zh_CN.UTF-8'
    const chinese = captureCliIO()
    expect(await runCli(['estimate', PLAN], chinese)).toBe(0)
    expect(chinese.stdout).toMatch(/^负载/)
    const english = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'en'], english)).toBe(0)
    expect(english.stdout).toMatch(/^workload\s+kind/)
  })

  it('prints both languages with --lang both', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'both'], io)).toBe(0)
    expect(io.stdout).toMatch(/^workload \/ 负载\s+kind \/ 类型/)
  })

  it('refuses an unknown language with exit 2 and the choices', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'fr'], io)).toBe(2)
    expect(io.stderr).toContain('--lang takes zh-CN, en or both (got fr)')
  })

  it('aligns the columns of Chinese tables by display width', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'zh-CN'], io)).toBe(0)
    const [header, ...rows] = io.stdout.split('\n\n')[0].split('\n')
    for (const row of rows) expect(columnStarts(row)).toEqual(columnStarts(header))
  })
})

describe('money is printed as money', () => {
  it('never in exponent notation, with grouping and the currency', async () => {
    const PLAN = join(ROOT, 'resources/examples/datacenter-compare.cplan')
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN], io)).toBe(0)
    expect(io.stdout).not.toMatch(/\de[+-]\d/)
    const json = captureCliIO()
    await runCli(['estimate', PLAN, '--json'], json)
    const { totals } = JSON.parse(json.stdout) as { totals: { capex: number; currency: string } }
    expect(totals.capex).toBeGreaterThan(1e6)
    const grouped = Math.round(totals.capex).toLocaleString('en-US')
    expect(io.stdout).toContain(`${grouped} ${totals.currency}`)
  })
})

describe('the quote follows --lang', () => {
  it('writes a Chinese workbook with --lang zh-CN', async () => {
    const out = join(dir, 'quote.xlsx')
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--lang', 'zh-CN', '--quote', out], io)).toBe(0)
    expect(io.stdout).toContain('报价单已写入')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    const texts = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = []
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') values.push(cell.value)
        })
      )
      return values
    })
    expect(texts.some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true)
  })
})

describe('--json errors are JSON on stdout too', () => {
  it('estimate: an unreadable plan', async () => {
    const io = captureCliIO()
    const missing = join(dir, 'missing.cplan')
    expect(await runCli(['estimate', missing, '--json'], io)).toBe(2)
    const reply = JSON.parse(io.stdout) as { error: { exitCode: number; issues: unknown[] } }
    expect(reply.error.exitCode).toBe(2)
    expect(JSON.stringify(reply.error.issues)).toContain('missing.cplan')
    expect(io.stderr).toContain('missing.cplan')
  })

  it('estimate: a bad option', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimate', PLAN, '--json', '--frobnicate'], io)).toBe(2)
    expect(JSON.parse(io.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT' } })
  })

  it('estimate: an invalid plan, with the JSON path of each issue', async () => {
    const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as { workloads: { streams?: number }[] }
    plan.workloads[0].streams = -1
    const path = join(dir, 'bad.cplan')
    writeFileSync(path, JSON.stringify(plan))
    const io = captureCliIO()
    expect(await runCli(['estimate', path, '--json'], io)).toBe(2)
    const reply = JSON.parse(io.stdout) as { error: { issues: { path?: string }[] } }
    expect(reply.error.issues.map((issue) => issue.path)).toContain('workloads[0].streams')
  })

  it('inventory import: an unusable file', async () => {
    const path = join(dir, 'empty.csv')
    writeFileSync(path, '')
    const io = captureCliIO()
    expect(await runInventory(['import', path, '--json'], io)).toBe(2)
    const reply = JSON.parse(io.stdout) as { error: { exitCode: number; issues: unknown[] } }
    expect(reply.error.exitCode).toBe(2)
    expect(reply.error.issues.length).toBeGreaterThan(0)
  })
})
