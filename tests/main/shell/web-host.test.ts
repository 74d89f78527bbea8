import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../src/main/web/host'
import { createHandlers } from '../../../src/main/services/handlers'

let host: WebHost
let root: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP, so tests can send the Host headers and paths a browser never would. */
function send(
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, ...headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString()
          })
        )
      }
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${channel}`, {
    headers: {
      'content-type': 'application/json',
      'x-compute-planner-token': host.token,
      ...headers
    },
    body: JSON.stringify(body)
  })

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cp-host-'))
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'do not serve')
  host = await startWebHost({
    rendererDir: join(root, 'renderer'),
    handlers: createHandlers({ platform: 'linux', userDataDir: join(root, 'user') }),
    maxRequestBytes: 4096,
    logger: { error: () => undefined }
  })
})

afterAll(() => host.close())

describe('local web host', () => {
  it('listens on 127.0.0.1 only, on a random port, with a token in the printed URL', () => {
    const address = host.server.address()
    expect(address).toMatchObject({ address: '127.0.0.1' })
    expect(host.port).toBeGreaterThan(0)
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with a strict CSP and no CORS headers', async () => {
    const reply = await send('GET', '/')
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>t</title>')
    expect(String(reply.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(reply.headers['access-control-allow-origin']).toBeUndefined()
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toContain('javascript')
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt'
    ]) {
      const reply = await send('GET', path)
      expect([403, 404]).toContain(reply.status)
      expect(reply.body).not.toContain('do not serve')
    }
  })

  it('refuses requests for other host names (DNS rebinding)', async () => {
    const reply = await send('GET', '/', { headers: { host: 'attacker.example:80' } })
    expect(reply.status).toBe(421)
  })

  it('requires the token on every API call', async () => {
    const missing = await send('POST', '/api/app.info', { body: '{}' })
    expect(missing.status).toBe(401)
    expect(JSON.parse(missing.body).error.code).toBe('UNAUTHORIZED')
    const wrong = await api(
      'app.info',
      {},
      { 'x-compute-planner-token': 'x'.repeat(host.token.length) }
    )
    expect(wrong.status).toBe(401)
  })

  it("says why a token is refused in the reader's language (Accept-Language), else both", async () => {
    const message = async (headers: Record<string, string>) =>
      JSON.parse((await send('POST', '/api/app.info', { body: '{}', headers })).body).error
        .message as string
    const chinese = await message({ 'accept-language': 'zh-CN,zh;q=0.9' })
    expect(chinese).toMatch(/[\u4e00-\u9fff]/)
    expect(chinese).not.toMatch(/[A-Za-z]{3}/)
    const english = await message({ 'accept-language': 'en-GB,en;q=0.8' })
    expect(english).not.toMatch(/[\u4e00-\u9fff]/)
    const both = await message({})
    expect(both).toContain(english)
    expect(both).toContain(chinese)
  })

  it('routes a channel to the same services as the desktop app', async () => {
    const reply = await api('app.info', {})
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      data: { transport: 'web', platform: 'linux' }
    })
  })

  it('answers malformed bodies and requests with BAD_REQUEST', async () => {
    const notJson = await send('POST', '/api/calc.estimate', {
      headers: { 'x-compute-planner-token': host.token },
      body: '{not json'
    })
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body).error.code).toBe('BAD_REQUEST')
    const invalid = await api('calc.estimate', { request: { format: 'nope' } })
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body).error.issues.length).toBeGreaterThan(0)
  })

  it('refuses unknown channels, wrong methods, cross-origin calls and oversize bodies', async () => {
    expect((await api('fs.readFile', {})).status).toBe(404)
    expect((await send('GET', '/api/app.info')).status).toBe(405)
    expect((await send('OPTIONS', '/api/app.info')).status).toBe(405)
    const crossOrigin = await api('app.info', {}, { origin: 'https://attacker.example' })
    expect(crossOrigin.status).toBe(403)
    const big = await api('calc.estimate', { request: { name: 'x'.repeat(5000) } })
    expect(big.status).toBe(413)
    expect(JSON.parse(big.body).error.code).toBe('PAYLOAD_TOO_LARGE')
  })
})
