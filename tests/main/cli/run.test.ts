import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  EXIT_FAILURE,
  EXIT_INVALID_INPUT,
  EXIT_OK,
  HELP,
  defaultIO,
  runCli
} from '../../../src/main/cli/run'
import { readAppVersion } from '../../../src/main/services/app/version'
import { captureCliIO } from '../../support/cli-io'

const dir = mkdtempSync(join(tmpdir(), 'cli-run-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  vi.stubEnv('LC_ALL', '')
  vi.stubEnv('LC_MESSAGES', '')
  vi.stubEnv('LANG', 'en_US.UTF-8')
})
afterEach(() => vi.unstubAllEnvs())

describe('runCli', () => {
  it('exit codes are 0 success, 1 failure, 2 invalid input, as the help says', () => {
    expect([EXIT_OK, EXIT_FAILURE, EXIT_INVALID_INPUT]).toEqual([0, 1, 2])
    expect(HELP).toContain('Exit codes: 0 success, 1 failure, 2 invalid input')
  })

  it.each([['--version'], ['-v']])('%s prints the app version and exits 0', async (flag) => {
    const io = captureCliIO()
    expect(await runCli([flag], io)).toBe(0)
    expect(io.stdout).toBe(`${readAppVersion()}\n`)
    expect(io.stderr).toBe('')
  })

  it.each([[[]], [['--help']], [['-h']], [['help']]])(
    '%j prints the help on stdout and exits 0',
    async (argv) => {
      const io = captureCliIO()
      expect(await runCli(argv, io)).toBe(0)
      expect(io.stdout).toBe(HELP)
    }
  )

  it('refuses an unknown command with exit 2, naming it, with the help on stderr', async () => {
    const io = captureCliIO()
    expect(await runCli(['estimat'], io)).toBe(2)
    expect(io.stderr).toBe(`Unknown command: estimat\n\n${HELP}`)
    expect(io.stdout).toBe('')
  })

  it('strips terminal control characters from what it echoes back', async () => {
    const io = captureCliIO()
    // ESC ] 0 ; x BEL would retitle the terminal; ESC [ 2 J would clear it.
    await runCli(['\u001b]0;x\u0007\u001b[2Jevil'], io)
    expect(io.stderr.split('\n')[0]).toBe('Unknown command: ]0;x[2Jevil')
  })

  it('hands estimate and inventory their own arguments', async () => {
    const plan = join(dir, 'missing.cplan')
    const estimate = captureCliIO()
    expect(await runCli(['estimate', plan], estimate)).toBe(2)
    expect(estimate.stderr).toContain('missing.cplan')
    const inventory = captureCliIO()
    const csv = join(dir, 'gpus.csv')
    writeFileSync(csv, 'Model,Vendor,Memory (GB)\nH100,NVIDIA,80\n')
    expect(await runCli(['inventory', 'import', csv, '--json'], inventory)).toBe(0)
    expect(JSON.parse(inventory.stdout).counts.rowsRead).toBe(1)
  })

  it('reads files through the default IO as text and as bytes', async () => {
    const path = join(dir, 'text.txt')
    writeFileSync(path, '型号')
    expect(await defaultIO.readFile(path)).toBe('型号')
    // 型号 is 6 bytes in UTF-8.
    expect((await defaultIO.readBytes(path)).length).toBe(6)
  })
})
