/**
 * Issue 17, findings 1, 8 and 13 on the web host: a malformed request can neither kill the
 * host nor make it read a body it will refuse, and recovery stays reachable across restarts.
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../src/main/web/host'
import { startRememberedWebHost, WEB_HOST_STATE_FILE } from '../../../src/main/web/remembered'
import { createHandlers } from '../../../src/main/services/handlers'

let host: WebHost
let root: string

interface RawReply {
  /** Everything the host sent before it closed the connection. */
  text: string
  status: number
}

/**
 * Sends raw bytes and resolves when the host closes the connection. A host that keeps the
 * connection open never resolves (the test then fails on its timeout).
 */
function rawExchange(port: number, head: string, trickle?: { bytes: number }): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    let trickleTimer: ReturnType<typeof setInterval> | undefined
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1')
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the answer arrived still counts as a closed connection.
      if (text) return
      reject(error)
    })
    socket.on('close', () => {
      clearInterval(trickleTimer)
      resolve({ text, status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0) })
    })
    socket.write(head)
    if (trickle) {
      // A slow client: one byte at a time, as a hostile page would to hold the host busy.
      let sent = 0
      trickleTimer = setInterval(() => {
        if (socket.destroyed || sent >= trickle.bytes) return clearInterval(trickleTimer)
        socket.write('x')
        sent++
      }, 20)
    }
  })
}

const requestHead = (path: string, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\n${extra}`

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cp-host-hard-'))
  mkdirSync(join(root, 'renderer'), { recursive: true })
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>t</title>')
  host = await startWebHost({
    rendererDir: join(root, 'renderer'),
    handlers: createHandlers({ platform: 'linux', userDataDir: join(root, 'user') }),
    logger: { error: () => undefined }
  })
})

afterAll(() => host.close())

async function hostStillAnswers(): Promise<void> {
  const reply = await fetch(`http://127.0.0.1:${host.port}/`)
  expect(reply.status).toBe(200)
}

describe('web host: malformed percent-encoding (finding 1)', () => {
  it.each(['/api/%ff', '/api/%E0%A4%A', '/api/%', '/api/app.info%zz'])(
    'answers %s with 400 and keeps serving',
    async (path) => {
      const reply = await fetch(`http://127.0.0.1:${host.port}${path}`, {
        method: 'POST',
        headers: { 'x-compute-planner-token': host.token },
        body: '{}'
      })
      expect(reply.status).toBe(400)
      expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST')
      await hostStillAnswers()
    }
  )

  it('answers a malformed escape before checking the token, without a token too', async () => {
    const reply = await fetch(`http://127.0.0.1:${host.port}/api/%ff`, { method: 'POST' })
    expect(reply.status).toBe(400)
    await hostStillAnswers()
  })

  it('answers garbage request lines and keeps serving', async () => {
    const reply = await rawExchange(host.port, 'GET /\x00\x01 HTTP/1.1\r\n\r\n')
    expect(reply.status).toBe(400)
    await hostStillAnswers()
  })
})

describe('web host: refused requests do not read their bodies (finding 13)', () => {
  it('closes the connection after a 401 instead of reading a trickled body', async () => {
    const reply = await rawExchange(
      host.port,
      `${requestHead('/api/app.info')}Content-Length: 100000\r\n\r\n`,
      {
        bytes: 100_000
      }
    )
    expect(reply.status).toBe(401)
    expect(reply.text.toLowerCase()).toContain('connection: close')
  })

  it('closes the connection after a cross-origin refusal too', async () => {
    const reply = await rawExchange(
      host.port,
      `${requestHead('/api/app.info', `Origin: https://attacker.example\r\nx-compute-planner-token: ${host.token}\r\n`)}Content-Length: 100000\r\n\r\n`,
      { bytes: 100_000 }
    )
    expect(reply.status).toBe(403)
  })
})

describe('web host: deep plans (finding 8)', () => {
  it('answers a plan with 10,000 nested arrays in a field with 400, not 500', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000)
    const text = `{"format":${deep}}`
    const reply = await fetch(`http://127.0.0.1:${host.port}/api/document.parse`, {
      method: 'POST',
      headers: { 'x-compute-planner-token': host.token, 'content-type': 'application/json' },
      body: JSON.stringify({ request: { text } })
    })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    await hostStillAnswers()
  })
})

describe('web host: recovery survives a restart (finding 1)', () => {
  it('comes back on the same origin and token, so the open tab and its autosave still work', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'cp-host-state-'))
    const options = {
      rendererDir: join(root, 'renderer'),
      handlers: createHandlers({ platform: 'linux', userDataDir }),
      userDataDir,
      logger: { error: () => undefined }
    }
    const first = await startRememberedWebHost(options)
    await first.close()
    const second = await startRememberedWebHost(options)
    try {
      expect(second.port).toBe(first.port)
      expect(second.token).toBe(first.token)
      const stateFile = join(userDataDir, WEB_HOST_STATE_FILE)
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ port: first.port })
      // The token is a secret: only the user may read the file that keeps it.
      if (process.platform !== 'win32') expect(statSync(stateFile).mode & 0o077).toBe(0)
    } finally {
      await second.close()
    }
  })

  it('takes a new port when the remembered one is busy, and remembers that one', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'cp-host-busy-'))
    writeFileSync(
      join(userDataDir, WEB_HOST_STATE_FILE),
      JSON.stringify({ port: host.port, token: 'y'.repeat(32) })
    )
    const next = await startRememberedWebHost({
      rendererDir: join(root, 'renderer'),
      handlers: createHandlers({ platform: 'linux', userDataDir }),
      userDataDir,
      logger: { error: () => undefined }
    })
    try {
      expect(next.port).not.toBe(host.port)
      const state = JSON.parse(readFileSync(join(userDataDir, WEB_HOST_STATE_FILE), 'utf8'))
      expect(state.port).toBe(next.port)
    } finally {
      await next.close()
    }
  })

  it('ignores a damaged state file', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'cp-host-bad-'))
    writeFileSync(join(userDataDir, WEB_HOST_STATE_FILE), '{"port": "80", "token": 5')
    const next = await startRememberedWebHost({
      rendererDir: join(root, 'renderer'),
      handlers: createHandlers({ platform: 'linux', userDataDir }),
      userDataDir,
      logger: { error: () => undefined }
    })
    try {
      expect(next.port).toBeGreaterThan(1024)
      expect(next.token.length).toBeGreaterThanOrEqual(32)
    } finally {
      await next.close()
    }
  })
})
