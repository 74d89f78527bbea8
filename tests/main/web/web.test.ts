/**
 * src/main/web/index.ts (`npm run web`): the entry that starts the remembered web host and
 * prints its address. It runs on import, so each test imports it afresh with the host,
 * the services and the process's exit and signals stood in for.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const startRememberedWebHost = vi.fn()
const createHandlers = vi.fn((options: unknown) => ({ stand: 'in', options }))
vi.mock('../../../src/main/web/remembered', () => ({ startRememberedWebHost }))
vi.mock('../../../src/main/services/handlers', () => ({ createHandlers }))

let dir: string
let stdout: ReturnType<typeof vi.spyOn>
let stderr: ReturnType<typeof vi.spyOn>
let exit: ReturnType<typeof vi.spyOn>
let on: { mock: { calls: unknown[][] } }
const argv = process.argv

beforeEach(() => {
  vi.resetModules()
  startRememberedWebHost.mockReset()
  dir = mkdtempSync(join(tmpdir(), 'web-entry-'))
  vi.stubEnv('COMPUTE_PLANNER_USER_DATA', join(dir, 'user'))
  vi.stubEnv('COMPUTE_PLANNER_TOKEN', 'tok')
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
  on = vi.spyOn(process, 'on').mockImplementation((() => process) as never) as unknown as typeof on
})
afterEach(() => {
  process.argv = argv
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

async function start(args: string[]): Promise<void> {
  process.argv = ['node', 'web.js', ...args]
  await import('../../../src/main/web/index')
}

describe('web entry', () => {
  it('starts the host on the port asked for, in the user data folder it creates, and prints the URL', async () => {
    const close = vi.fn(() => Promise.resolve())
    startRememberedWebHost.mockResolvedValue({ url: 'http://127.0.0.1:8123/?token=tok', close })
    await start(['--port', '8123'])
    await vi.waitFor(() => expect(stdout).toHaveBeenCalled())
    expect(stdout).toHaveBeenCalledWith(
      'Compute Planner web host: http://127.0.0.1:8123/?token=tok\n'
    )
    const options = startRememberedWebHost.mock.calls[0][0]
    expect(options).toMatchObject({ userDataDir: join(dir, 'user'), port: 8123, token: 'tok' })
    expect(statSync(join(dir, 'user')).isDirectory()).toBe(true)
    expect(createHandlers).toHaveBeenCalledWith({
      platform: process.platform,
      userDataDir: join(dir, 'user')
    })
    // SIGINT and SIGTERM close the host, then exit 0.
    const signals = on.mock.calls.map((call: unknown[]) => call[0])
    expect(signals).toEqual(expect.arrayContaining(['SIGINT', 'SIGTERM']))
    const stop = on.mock.calls.find((call: unknown[]) => call[0] === 'SIGINT')![1] as () => void
    stop()
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0))
    expect(close).toHaveBeenCalledTimes(1)
  })

  it.each([
    [['--port', '70000'], 0],
    [['--port', 'abc'], 0],
    [['--port', '-1'], 0],
    [[], 0],
    [['--port', '0'], 0],
    [['--port', '65535'], 65535]
  ])('%j gives port %d (0: a free one)', async (args, port) => {
    startRememberedWebHost.mockResolvedValue({ url: 'u', close: () => Promise.resolve() })
    await start(args)
    await vi.waitFor(() => expect(startRememberedWebHost).toHaveBeenCalled())
    expect(startRememberedWebHost.mock.calls[0][0].port).toBe(port)
  })

  it('says why the host could not start and exits 1', async () => {
    startRememberedWebHost.mockRejectedValue(new Error('EADDRINUSE'))
    await start([])
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1))
    expect(stderr).toHaveBeenCalledWith('Could not start the web host: Error: EADDRINUSE\n')
  })
})
