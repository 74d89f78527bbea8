/**
 * The web host with stand-in handlers, so what is tested is the host itself: routing,
 * status codes, the token and origin checks, the request context it passes on.
 * (tests/main/shell/web-host*.test.ts drive it with the real services.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '@shared/ipc/envelope'
import type { Handlers, RequestContext } from '../../../src/main/ipc/dispatch'
import {
  LOOPBACK,
  TOKEN_HEADER,
  decodePathSegment,
  startWebHost,
  type WebHost
} from '../../../src/main/web/host'

let host: WebHost
let root: string
const contexts: RequestContext[] = []
const logged: string[] = []
let failWith: Error | undefined

const handlers = {
  'app.info': (_request: unknown, context: RequestContext) => {
    contexts.push(context)
    if (failWith) throw failWith
    return { name: 'stand-in' }
  }
} as unknown as Handlers

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const req = httpRequest(
      {
        host: LOOPBACK,
        port: host.port,
        method,
        path,
        headers: { host: `${LOOPBACK}:${host.port}`, ...headers }
      },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const call = (headers: Record<string, string> = {}, body = '{}') =>
  send('POST', '/api/app.info', { [TOKEN_HEADER]: host.token, ...headers }, body)

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'web-host-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
  host = await startWebHost({
    rendererDir: root,
    handlers,
    token: 'fixed-token-for-test',
    maxRequestBytes: 64,
    logger: { error: (message) => void logged.push(message) }
  })
})
afterAll(async () => {
  await host.close()
  rmSync(root, { recursive: true, force: true })
})

describe('decodePathSegment', () => {
  it('decodes percent escapes and answers null for malformed ones', () => {
    expect(decodePathSegment('app.info')).toBe('app.info')
    expect(decodePathSegment('%E5%9E%8B')).toBe('型')
    expect(decodePathSegment('%ff')).toBeNull()
    expect(decodePathSegment('%E0%A4%A')).toBeNull()
  })
})

describe('startWebHost', () => {
  it('uses the token given, and prints a loopback URL carrying it', () => {
    expect(host.token).toBe('fixed-token-for-test')
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=fixed-token-for-test`)
    expect(host.port).toBeGreaterThan(0)
  })

  it('passes the request to the handler with the web transport and the reader’s language', async () => {
    contexts.length = 0
    const reply = await call({ 'accept-language': 'zh-CN,zh;q=0.9' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { name: 'stand-in' } })
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(contexts).toEqual([{ transport: 'web', locale: 'zh-CN' }])
  })

  it('accepts localhost as the host name as well as 127.0.0.1, and refuses any other', async () => {
    expect((await call({ host: `localhost:${host.port}` })).status).toBe(200)
    expect((await call({ host: `evil.example:${host.port}` })).status).toBe(421)
  })

  it('maps service errors to HTTP statuses, 422 for the ones without their own', async () => {
    failWith = new ServiceError('NOT_FOUND', 'no such thing')
    expect((await call()).status).toBe(404)
    failWith = new ServiceError('INVALID_PLAN', 'bad plan')
    const invalid = await call()
    expect(invalid.status).toBe(422)
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PLAN', message: 'bad plan' }
    })
    // A plain Error is logged and answered as INTERNAL (500), its text not shown.
    failWith = new Error('secret detail')
    const internal = await call()
    expect(internal.status).toBe(500)
    expect(internal.body).not.toContain('secret detail')
    expect(logged).toContain('Channel app.info failed')
    failWith = undefined
  })

  it('refuses a wrong token (401) and a foreign Origin (403), closing the connection', async () => {
    const wrong = await call({ [TOKEN_HEADER]: 'fixed-token-for-tesT' })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.connection).toBe('close')
    // No Accept-Language: English and Chinese.
    expect(JSON.parse(wrong.body).error.message).toMatch(/ \/ /)
    const foreign = await call({ origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    expect((await call({ origin: `http://localhost:${host.port}` })).status).toBe(200)
  })

  it('answers BAD_REQUEST for a body that is not a JSON object, 413 past the size limit', async () => {
    expect((await call({}, '[1,2]')).status).toBe(400)
    expect((await call({}, '{not json')).status).toBe(400)
    // 64 bytes is the limit set above.
    expect((await call({}, JSON.stringify({ request: 'x'.repeat(100) }))).status).toBe(413)
  })

  it('allows only POST on the API and GET/HEAD for files; HEAD sends no body', async () => {
    const get = await send('GET', '/api/app.info', { [TOKEN_HEADER]: host.token })
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe('POST')
    expect((await send('PUT', '/index.html')).headers.allow).toBe('GET, HEAD')
    const page = await send('GET', '/index.html')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBeTruthy()
    const head = await send('HEAD', '/index.html')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(page.headers['content-length'])
    expect((await send('GET', '/missing.js')).status).toBe(404)
  })
})
