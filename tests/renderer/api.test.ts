import { describe, expect, it, vi } from 'vitest'
import { ApiError, createApi } from '@renderer/api'
import { createWebInvoke, takeTokenFromLocation, TOKEN_HEADER } from '@renderer/api/web-transport'
import { CHANNELS } from '@shared/ipc/channels'

describe('renderer api', () => {
  it('has one function per channel and unwraps successful envelopes', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, data: { version: '9.9.9' } }))
    const api = createApi(invoke)
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort())
    await expect(api.appInfo()).resolves.toEqual({ version: '9.9.9' })
    expect(invoke).toHaveBeenCalledWith('appInfo', 'app.info', undefined)
  })

  it('throws ApiError with the code and located issues of a failed envelope', async () => {
    const api = createApi(async () => ({
      ok: false as const,
      error: {
        code: 'BAD_REQUEST' as const,
        message: 'bad',
        issues: [{ path: 'workloads[0].tokens', message: 'must be > 0' }]
      }
    }))
    const error = await api.appInfo().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'workloads[0].tokens' }] })
  })

  it('reports a transport failure as a NETWORK error instead of crashing', async () => {
    const api = createApi(async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(api.appInfo()).rejects.toMatchObject({
      code: 'NETWORK',
      message: 'Failed to fetch'
    })
  })
})

describe('web transport', () => {
  it('takes the token from the URL once, keeps it for the session and strips it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123&x=1#/results')
    const storage = window.sessionStorage
    storage.clear()
    expect(takeTokenFromLocation(window.location, storage)).toBe('abc123')
    expect(window.location.search).toBe('?x=1')
    expect(window.location.hash).toBe('#/results')
    history.replaceState(null, '', '/')
    expect(takeTokenFromLocation(window.location, storage)).toBe('abc123')
  })

  it('posts the request under "request" with the token header', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: 1 })))
    const invoke = createWebInvoke('tok', fetchImpl as unknown as typeof fetch)
    await expect(invoke('calc.estimate', { a: 1 })).resolves.toEqual({ ok: true, data: 1 })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('./api/calc.estimate')
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok')
    expect(JSON.parse(String(init.body))).toEqual({ request: { a: 1 } })
  })
})
