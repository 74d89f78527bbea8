import { describe, expect, it, vi } from 'vitest'
import { dispatch, type Handlers, type RequestContext } from '../../../src/main/ipc/dispatch'
import { ServiceError } from '@shared/ipc/envelope'

const context: RequestContext = { transport: 'web', locale: 'zh-CN' }

/** Handlers where only the given channels answer; any other call fails the test. */
function only(partial: Partial<Record<string, (...args: unknown[]) => unknown>>): Handlers {
  return new Proxy(partial, {
    get: (target, channel: string) =>
      target[channel] ??
      (() => {
        throw new Error(`unexpected call to ${channel}`)
      })
  }) as unknown as Handlers
}

const quiet = () => ({ error: vi.fn() })

describe('dispatch', () => {
  it('refuses names that are not channels, including inherited object keys', async () => {
    const handlers = only({})
    for (const channel of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      42,
      null
    ]) {
      const envelope = await dispatch(handlers, channel, undefined, context, quiet())
      expect(envelope, String(channel)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' }
      })
    }
  })

  it('quotes at most 80 characters of an unknown channel name', async () => {
    const envelope = await dispatch(only({}), 'x'.repeat(500), undefined, context, quiet())
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${'x'.repeat(80)}` }
    })
  })

  it('never calls the handler with a request its schema refuses, and locates the problem', async () => {
    const parse = vi.fn()
    const handlers = only({ 'document.parse': parse })
    for (const payload of [undefined, {}, { text: 7 }, { text: 'x', extra: true }]) {
      const envelope = await dispatch(handlers, 'document.parse', payload, context, quiet())
      expect(envelope, JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', message: 'Invalid request for document.parse' }
      })
    }
    const wrongType = await dispatch(handlers, 'document.parse', { text: 7 }, context, quiet())
    expect(!wrongType.ok && wrongType.error.issues?.map((issue) => issue.path)).toEqual(['text'])
    expect(parse).not.toHaveBeenCalled()
  })

  it('passes the parsed request and the caller’s context, and wraps the answer', async () => {
    const keep = vi.fn(async (request: unknown, given: unknown) => ({ request, given }))
    const envelope = await dispatch(
      only({ 'document.parse': keep }),
      'document.parse',
      { text: '{}' },
      context
    )
    expect(envelope).toEqual({ ok: true, data: { request: { text: '{}' }, given: context } })
  })

  it('keeps a service error’s code and issues, thrown or rejected', async () => {
    const refuse = () => {
      throw new ServiceError('NOT_FOUND', 'gone', [{ path: 'path', message: 'no file' }])
    }
    const handlers = only({
      'recent.list': refuse,
      'recent.clear': async () => refuse()
    })
    const expected = {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone', issues: [{ path: 'path', message: 'no file' }] }
    }
    expect(await dispatch(handlers, 'recent.list', undefined, context, quiet())).toEqual(expected)
    expect(await dispatch(handlers, 'recent.clear', undefined, context, quiet())).toEqual(expected)
  })

  it('hides anything else, even a thrown string, behind INTERNAL and logs it with the channel', async () => {
    const logger = quiet()
    const handlers = only({
      'recent.list': () => {
        throw 'C:\\Users\\li\\secret path'
      }
    })
    const envelope = await dispatch(handlers, 'recent.list', undefined, context, logger)
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'An internal error occurred.' }
    })
    expect(JSON.stringify(envelope)).not.toContain('secret')
    expect(logger.error).toHaveBeenCalledWith(
      'Channel recent.list failed',
      'C:\\Users\\li\\secret path'
    )
  })
})
