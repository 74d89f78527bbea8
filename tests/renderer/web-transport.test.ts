/** api/web-transport.ts edges beyond api.test.ts: no token, no request, other query parameters. */
import { describe, expect, it, vi } from 'vitest'
import { createWebInvoke, takeTokenFromLocation, TOKEN_HEADER } from '@renderer/api/web-transport'

function fakeFetch(answer: unknown = { ok: true, data: null }) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return new Response(JSON.stringify(answer))
  })
  return { calls, fetchImpl: fetchImpl as typeof fetch }
}

describe('createWebInvoke', () => {
  it('without a token sends an empty token header (the host refuses it), and {} for no request', async () => {
    const { calls, fetchImpl } = fakeFetch()
    await createWebInvoke(null, fetchImpl)('app.info', undefined)
    const headers = calls[0].init.headers as Record<string, string>
    expect(headers[TOKEN_HEADER]).toBe('')
    expect(headers['Content-Type']).toBe('application/json')
    expect(calls[0].init.method).toBe('POST')
    expect(calls[0].init.body).toBe('{}')
  })

  it('a request of null or 0 is still sent as the request, and the channel is URL-encoded', async () => {
    const { calls, fetchImpl } = fakeFetch()
    const invoke = createWebInvoke('t', fetchImpl)
    await invoke('a b/c', null)
    await invoke('x', 0)
    expect(calls[0].url).toBe('./api/a%20b%2Fc')
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ request: null })
    expect(JSON.parse(String(calls[1].init.body))).toEqual({ request: 0 })
  })

  it('hands back the host’s envelope as it came, a failure included', async () => {
    const failure = { ok: false, error: { code: 'UNAUTHORIZED', message: 'bad token' } }
    const { fetchImpl } = fakeFetch(failure)
    await expect(createWebInvoke('t', fetchImpl)('app.info', {})).resolves.toEqual(failure)
  })
})

describe('takeTokenFromLocation', () => {
  it('with no token in the address and none kept, there is none, and the address stays', () => {
    history.replaceState(null, '', '/?plan=q3#/hardware')
    const storage = window.sessionStorage
    storage.clear()
    expect(takeTokenFromLocation(window.location, storage)).toBeNull()
    expect(window.location.search).toBe('?plan=q3')
    expect(window.location.hash).toBe('#/hardware')
  })

  it('a new token in the address replaces the kept one; the other parameters stay', () => {
    const storage = window.sessionStorage
    storage.clear()
    storage.setItem('compute-planner.token', 'old')
    history.replaceState(null, '', '/app/?a=1&token=new&b=2')
    expect(takeTokenFromLocation(window.location, storage)).toBe('new')
    expect(window.location.pathname).toBe('/app/')
    expect(window.location.search).toBe('?a=1&b=2')
    history.replaceState(null, '', '/')
    expect(takeTokenFromLocation(window.location, storage)).toBe('new')
  })
})
