/**
 * Issue 17 on the command line: findings 7 (export follows a planted symlink), 8 (deep plans
 * crash the diagnostics), 10 (files read whole before their size is checked) and 11 (names
 * from files reach the terminal with their escape sequences).
 */
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Finding 10 is about *when* the CLI reads: the spy sees every whole-file read it makes.
const readFileSpy = vi.hoisted(() => ({ paths: [] as string[] }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>()
  const spied = (...args: Parameters<typeof original.readFile>) => {
    readFileSpy.paths.push(String(args[0]))
    return original.readFile(...args)
  }
  return { ...original, default: { ...original, readFile: spied }, readFile: spied }
})

import { runCli } from '../../../src/main/cli/run'
import { runInventory } from '../../../src/main/cli/commands/inventory'
import { InventoryLibrary } from '../../../src/main/services/inventory/library-store'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { captureCliIO } from '../../support/cli-io'

const ROOT = resolve(__dirname, '../../..')
const EXAMPLE_PLAN = join(ROOT, 'resources/examples/datacenter-compare.cplan')

/** A file of `bytes` that takes no disk space (and no time) to make. */
function sparseFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w')
  ftruncateSync(fd, bytes)
  closeSync(fd)
  return path
}

/** Control characters other than newline and tab: what a terminal would act on. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

let dir: string
let savedLang: string | undefined
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-hardening-'))
  readFileSpy.paths.length = 0
  savedLang = process.env.LANG
  process.env.LANG = 'en_US.UTF-8'
  delete process.env.LC_ALL
  delete process.env.LC_MESSAGES
})
afterEach(() => {
  process.env.LANG = savedLang
})

describe('deep plans (finding 8)', () => {
  it('exits 2 with a located message for 10,000 nested arrays in format', async () => {
    const path = join(dir, 'deep.cplan')
    writeFileSync(path, `{"format":${'['.repeat(10_000)}${']'.repeat(10_000)},"version":1}`)
    const io = captureCliIO()
    expect(await runCli(['estimate', path], io)).toBe(2)
    expect(io.stderr).toContain(`${path}: format`)
    expect(io.stderr).toMatch(/nested more than \d+ levels/)
    expect(io.stderr).not.toMatch(/Maximum call stack|RangeError|\n\s+at /)
  })

  it('refuses deep values in any field, not only format', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE_PLAN, 'utf8')) as Record<string, unknown>
    const text = JSON.stringify(plan).replace(
      /^\{/,
      `{"notes":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},`
    )
    const path = join(dir, 'deep-notes.cplan')
    writeFileSync(path, text)
    const io = captureCliIO()
    expect(await runCli(['estimate', path], io)).toBe(2)
    expect(io.stderr).toMatch(/notes(\.a)+: .*nested more than \d+ levels/)
  })
})

describe('file sizes are checked before reading (finding 10)', () => {
  it('estimate refuses a plan over the limit without reading it', async () => {
    const path = sparseFile(join(dir, 'huge.cplan'), 1_200_000_000)
    const io = captureCliIO()
    const read = vi.fn(io.readFile)
    expect(await runCli(['estimate', path], { ...io, readFile: read })).toBe(2)
    expect(read).not.toHaveBeenCalled()
    expect(io.stderr).toContain(`${path}: 1200 MB is over the limit of 33.6 MB`)
  })

  it('estimate --inventory refuses a spreadsheet over the limit without reading it', async () => {
    const path = sparseFile(join(dir, 'huge.xlsx'), 1_200_000_000)
    const io = captureCliIO()
    const bytes = vi.fn(io.readBytes)
    expect(
      await runCli(['estimate', EXAMPLE_PLAN, '--inventory', path], { ...io, readBytes: bytes })
    ).toBe(2)
    expect(bytes).not.toHaveBeenCalled()
    expect(io.stderr).toContain(`${path}: 1200 MB is over the limit of 40 MB`)
  })

  it('inventory import refuses a spreadsheet over the limit without reading it', async () => {
    const path = sparseFile(join(dir, 'huge.csv'), 1_200_000_000)
    const io = captureCliIO()
    expect(await runInventory(['import', path], io)).toBe(2)
    expect(readFileSpy.paths).not.toContain(path)
    expect(io.stderr).toContain(`${path}: 1200 MB is over the limit of 40 MB`)
  })

  it('refuses what is not a regular file (a folder) with a message, not a crash', async () => {
    const io = captureCliIO()
    expect(await runInventory(['import', dir], io)).toBe(2)
    expect(io.stderr).toContain(`${dir}: not a regular file`)
  })
})

describe('terminal output carries no control sequences (finding 11)', () => {
  const hostile = 'H100\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil'

  it('inventory import prints names from the spreadsheet without escapes', async () => {
    const path = join(dir, 'hostile.csv')
    writeFileSync(path, `name,memory (GB),price (USD)\n"${hostile}",80,25000\n`)
    const io = captureCliIO()
    expect(await runInventory(['import', path], io)).toBe(0)
    expect(io.stdout).toContain('H100]0;pwned[2J31mevil')
    expect(io.stdout).not.toMatch(TERMINAL_CONTROLS)
    expect(io.stderr).not.toMatch(TERMINAL_CONTROLS)
  })

  it('keeps --json valid and escapes C1 controls in it', async () => {
    const path = join(dir, 'hostile.csv')
    writeFileSync(path, `name,memory (GB),price (USD)\n"${hostile}",80,25000\n`)
    const io = captureCliIO()
    expect(await runInventory(['import', path, '--json'], io)).toBe(0)
    expect(io.stdout).not.toMatch(TERMINAL_CONTROLS)
    const report = JSON.parse(io.stdout) as { rows: { item?: { name: string } }[] }
    // The data is unchanged: only its spelling on the terminal is escaped.
    expect(report.rows[0].item?.name).toBe(hostile)
  })

  it('estimate prints plan names and paths without escapes', async () => {
    const plan = JSON.parse(readFileSync(EXAMPLE_PLAN, 'utf8')) as {
      workloads: { name?: string }[]
      [key: string]: unknown
    }
    plan.workloads[0].name = hostile
    plan[`bad\u001b[2Jkey`] = 1
    const path = join(dir, 'hostile.cplan')
    writeFileSync(path, JSON.stringify(plan))
    const io = captureCliIO()
    expect(await runCli(['estimate', path], io)).toBe(2)
    expect(io.stderr).toContain('bad[2Jkey')
    expect(io.stderr).not.toMatch(TERMINAL_CONTROLS)
  })
})

describe('inventory export writes atomically (finding 7)', () => {
  it('does not follow a symlink planted at the old predictable temporary name', async () => {
    const library = join(dir, 'library')
    await new InventoryLibrary(library).save([
      { id: 'acc-h100', kind: 'accelerator', name: 'H100 SXM5 80GB', memoryGB: 80 }
    ])
    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'precious')
    const target = join(dir, 'out.xlsx')
    symlinkSync(victim, `${target}.${process.pid}.tmp`)
    const io = captureCliIO()
    expect(await runInventory(['export', target, '--library', library], io)).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    const back = await importInventory({ file: 'out.xlsx', bytes: readFileSync(target) })
    expect(back.rows.map((row) => row.item?.name)).toEqual(['H100 SXM5 80GB'])
    // No temporary file of ours is left behind.
    expect(readdirSync(dir).filter((name) => name.startsWith('.out.xlsx.'))).toEqual([])
    expect(existsSync(target)).toBe(true)
  })
})
