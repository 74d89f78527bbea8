/** The web host comes back on its remembered port and token; edge cases of the state file. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { WebHost } from '../../../src/main/web/host'
import { startRememberedWebHost, WEB_HOST_STATE_FILE } from '../../../src/main/web/remembered'
import { createHandlers } from '../../../src/main/services/handlers'

let rendererDir: string
const open: { close(): Promise<void> | void }[] = []

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'cp-remembered-'))
  rendererDir = join(root, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
})

afterEach(async () => {
  while (open.length > 0) await open.pop()!.close()
})

function setup(state?: string) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cp-remembered-user-'))
  const statePath = join(userDataDir, WEB_HOST_STATE_FILE)
  if (state !== undefined) writeFileSync(statePath, state)
  const start = async (extra: { port?: number; token?: string } = {}): Promise<WebHost> => {
    const host = await startRememberedWebHost({
      rendererDir,
      handlers: createHandlers({ platform: 'linux', userDataDir }),
      userDataDir,
      logger: { error: () => undefined },
      ...extra
    })
    open.push(host)
    return host
  }
  return { statePath, start }
}

/** A port something else listens on. */
async function busyPort(): Promise<number> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe('startRememberedWebHost', () => {
  it('an explicit token wins over the remembered one and is remembered in its place', async () => {
    const { statePath, start } = setup(JSON.stringify({ token: 'a'.repeat(32) }))
    const host = await start({ token: 'b'.repeat(40) })
    expect(host.token).toBe('b'.repeat(40))
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
      port: host.port,
      token: 'b'.repeat(40)
    })
  })

  it('a remembered token too short or outside base64url is not reused', async () => {
    for (const token of ['short', `${'x'.repeat(31)}!`, 'x'.repeat(129)]) {
      const { start } = setup(JSON.stringify({ token }))
      const host = await start()
      expect(host.token).not.toBe(token)
      expect(host.token).toMatch(/^[\w-]{32,}$/)
      await open.pop()!.close()
    }
  })

  it('a privileged or non-integer remembered port is ignored', async () => {
    for (const port of [80, 1024, 70000, 8080.5]) {
      const { statePath, start } = setup(JSON.stringify({ port, token: 'c'.repeat(32) }))
      const host = await start()
      expect(host.port).not.toBe(port)
      expect(host.token).toBe('c'.repeat(32))
      expect(JSON.parse(readFileSync(statePath, 'utf8')).port).toBe(host.port)
      await open.pop()!.close()
    }
  })

  it('leaves the state file as it is when port and token are unchanged', async () => {
    const { statePath, start } = setup()
    const first = await start()
    await open.pop()!.close()
    // Same state, written differently: a rewrite would normalise it.
    const handWritten = `{ "token": "${first.token}", "port": ${first.port} }`
    writeFileSync(statePath, handWritten)
    const second = await start()
    expect(second.port).toBe(first.port)
    expect(readFileSync(statePath, 'utf8')).toBe(handWritten)
  })

  it('an explicitly asked port that is busy is an error, not another port', async () => {
    const port = await busyPort()
    const { statePath, start } = setup()
    await expect(start({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    expect(() => readFileSync(statePath)).toThrow()
  })
})
