import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { Protocol } from 'electron'
import {
  APP_SCHEME_PRIVILEGES,
  registerBundleProtocol,
  serveBundleRequest
} from '../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'

const root = mkdtempSync(join(tmpdir(), 'cp-protocol-'))
const rendererDir = join(root, 'renderer')
mkdirSync(join(rendererDir, 'assets'), { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
writeFileSync(join(rendererDir, 'assets', 'main.js'), 'console.log(1)')
// A file beside the bundle, which no request may reach.
writeFileSync(join(root, 'secret.txt'), 'secret')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('serveBundleRequest', () => {
  it('serves the index with its type, the CSP and nosniff', async () => {
    const response = await serveBundleRequest(rendererDir, 'app://bundle/')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>app</title>')
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('serves assets by path', async () => {
    const response = await serveBundleRequest(rendererDir, 'app://bundle/assets/main.js?v=1')
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 for another host and for a missing file, 403 for a way out', async () => {
    expect((await serveBundleRequest(rendererDir, 'app://other/index.html')).status).toBe(404)
    expect((await serveBundleRequest(rendererDir, 'app://bundle/missing.js')).status).toBe(404)
    // A folder is not a file.
    expect((await serveBundleRequest(rendererDir, 'app://bundle/assets')).status).toBe(404)
    // The URL parser removes a dot-dot segment itself; an escaped slash survives it.
    const dotted = await serveBundleRequest(rendererDir, 'app://bundle/%2e%2e/secret.txt')
    expect(dotted.status).toBe(404)
    const escape = await serveBundleRequest(rendererDir, 'app://bundle/..%2fsecret.txt')
    expect(escape.status).toBe(403)
    expect(await escape.text()).toBe('Forbidden')
  })
})

describe('registerBundleProtocol', () => {
  it('handles the app scheme with the bundle server, a standard secure scheme', async () => {
    const handle = vi.fn()
    registerBundleProtocol({ handle } as unknown as Protocol, rendererDir)
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = handle.mock.calls[0][1] as (request: { url: string }) => Promise<Response>
    expect((await handler({ url: 'app://bundle/index.html' })).status).toBe(200)
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    })
  })
})
