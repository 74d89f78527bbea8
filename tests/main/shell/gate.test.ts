import { describe, expect, it, vi } from 'vitest'
import { handleInvoke, isTrustedSender, registerIpcGate } from '../../../src/main/ipc/gate'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/services/handlers'
import { isTrustedUrl } from '../../../src/main/security'
import { CHANNEL_NAMES, MAX_REQUEST_BYTES } from '@shared/ipc/channels'
import { ServiceError } from '@shared/ipc/envelope'

const handlers = createHandlers({ platform: 'linux', userDataDir: '/tmp/cp-gate-test' })
const options = { isTrustedUrl: (url: string) => isTrustedUrl(url), locale: () => 'en' as const }
const appFrame = { url: 'app://bundle/index.html', parent: null }
const fromApp = { senderFrame: appFrame, sender: { mainFrame: appFrame } } as never

describe('IPC gate', () => {
  it('registers exactly the channels of the contract', () => {
    const registered: string[] = []
    registerIpcGate(
      { handle: (channel: string) => registered.push(channel) } as never,
      handlers,
      options
    )
    expect(registered.sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('trusts only the main frame of our own bundle', () => {
    expect(isTrustedSender(fromApp, options.isTrustedUrl)).toBe(true)
    const child = { url: 'app://bundle/index.html', parent: appFrame }
    expect(
      isTrustedSender(
        { senderFrame: child, sender: { mainFrame: appFrame } } as never,
        options.isTrustedUrl
      )
    ).toBe(false)
    const remote = { url: 'https://attacker.example/', parent: null }
    expect(
      isTrustedSender(
        { senderFrame: remote, sender: { mainFrame: remote } } as never,
        options.isTrustedUrl
      )
    ).toBe(false)
    const file = { url: 'file:///tmp/index.html', parent: null }
    expect(
      isTrustedSender(
        { senderFrame: file, sender: { mainFrame: file } } as never,
        options.isTrustedUrl
      )
    ).toBe(false)
    expect(isTrustedSender({ senderFrame: null, sender: {} } as never, options.isTrustedUrl)).toBe(
      false
    )
  })

  it('refuses an untrusted sender before looking at the payload', async () => {
    const remote = { url: 'https://attacker.example/', parent: null }
    const envelope = await handleInvoke(
      handlers,
      options,
      'calc.estimate',
      { senderFrame: remote, sender: { mainFrame: remote } } as never,
      {}
    )
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) }
    })
  })

  it('answers a malformed payload with BAD_REQUEST and located issues', async () => {
    const envelope = await handleInvoke(handlers, options, 'calc.estimate', fromApp, {
      format: 'x'
    })
    expect(envelope.ok).toBe(false)
    if (envelope.ok) return
    expect(envelope.error.code).toBe('BAD_REQUEST')
    expect(envelope.error.issues?.map((issue) => issue.path)).toContain('format')
  })

  it('refuses oversize payloads', async () => {
    const huge = { blob: 'x'.repeat(MAX_REQUEST_BYTES + 1) }
    const envelope = await handleInvoke(handlers, options, 'calc.estimate', fromApp, huge)
    expect(envelope).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const envelope = await dispatch(
      handlers,
      'shell.exec',
      {},
      { transport: 'electron', locale: 'en' }
    )
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('turns service errors into their code and hides unexpected ones as INTERNAL', async () => {
    const logger = { error: vi.fn() }
    const failing = {
      ...handlers,
      'app.info': () => {
        throw new ServiceError('NOT_FOUND', 'no such thing', [{ path: 'x', message: 'missing' }])
      },
      'catalog.get': () => {
        throw new Error('secret stack detail')
      }
    } as Handlers
    const context = { transport: 'electron' as const, locale: 'en' as const }
    expect(await dispatch(failing, 'app.info', undefined, context, logger)).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'no such thing',
        issues: [{ path: 'x', message: 'missing' }]
      }
    })
    const internal = await dispatch(failing, 'catalog.get', undefined, context, logger)
    expect(internal).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'An internal error occurred.' }
    })
    expect(logger.error).toHaveBeenCalledOnce()
  })
})
