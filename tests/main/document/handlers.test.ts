/**
 * The document channels as both transports serve them (the shared dispatcher): the web host
 * parses and validates browser-picked files, keeps settings and autosave, and refuses the
 * desktop-only channels with a clear message — no handler logic of its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '@shared/ipc/channels'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { DESKTOP_ONLY_CHANNELS } from '../../../src/main/services/document/handlers'
import { createHandlers } from '../../../src/main/services/handlers'

const userDataDir = mkdtempSync(join(tmpdir(), 'cp-doc-handlers-'))
const handlers = createHandlers({ platform: 'linux', userDataDir })
const web = { transport: 'web' as const, locale: 'en' as const }
const call = (channel: string, payload?: unknown) =>
  dispatch(handlers, channel, payload, web, { error: () => undefined })
const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', 'shared', 'document', 'fixtures', name), 'utf8')

afterAll(() => rmSync(userDataDir, { recursive: true, force: true }))

describe('document channels over the web host', () => {
  it('are all part of the one contract', () => {
    for (const channel of [
      'document.parse',
      'document.read',
      'document.write',
      'dialog.open',
      'dialog.save',
      'dialog.ask',
      'document.setState',
      'document.takeOpenRequests',
      'autosave.write',
      'autosave.read',
      'autosave.discard',
      'settings.get',
      'settings.set',
      'recent.list',
      'recent.clear'
    ]) {
      expect(CHANNEL_NAMES).toContain(channel)
    }
  })

  it('document.parse migrates an old file and validates it', async () => {
    const result = await call('document.parse', { text: fixture('plan-v0.cplan') })
    expect(result).toMatchObject({
      ok: true,
      data: { migratedFrom: 0, plan: { version: 1, name: 'Pre-release cluster plan' } }
    })
  })

  it('document.parse refuses a newer version and corrupt text with located issues', async () => {
    expect(await call('document.parse', { text: fixture('plan-v2-future.cplan') })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_FILE', issues: [{ key: 'document.errors.newerVersion' }] }
    })
    expect(
      await call('document.parse', { text: fixture('plan-invalid-fields.cplan') })
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PLAN', issues: [{}, { path: 'workloads[0].contextTokens' }] }
    })
    expect(await call('document.parse', { text: 42 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' }
    })
  })

  it('desktop-only channels answer a clear error, or do nothing', async () => {
    for (const channel of DESKTOP_ONLY_CHANNELS) {
      const payload =
        channel === 'document.setState'
          ? { dirty: true, displayName: 'x', filePath: null }
          : channel === 'document.read' || channel === 'document.readSpreadsheet'
            ? { path: '/etc/passwd' }
            : channel === 'document.write'
              ? { path: '/tmp/x.cplan', plan: {} }
              : channel === 'dialog.open'
                ? { purpose: 'plan' }
                : channel === 'dialog.save'
                  ? { purpose: 'plan' }
                  : channel === 'dialog.ask'
                    ? { kind: 'unsaved', name: 'x' }
                    : undefined
      const result = await call(channel, payload)
      if (channel === 'document.setState') expect(result).toEqual({ ok: true, data: null })
      else if (channel === 'document.takeOpenRequests')
        expect(result).toEqual({ ok: true, data: [] })
      else {
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
        expect(!result.ok && result.error.message).toContain('only available in the desktop app')
      }
    }
  })

  it('settings: get defaults, set a change, reject an invalid one', async () => {
    expect(await call('settings.get')).toMatchObject({
      ok: true,
      data: { settings: { theme: 'system' } }
    })
    expect(await call('settings.set', { theme: 'dark', companyName: 'Acme' })).toMatchObject({
      ok: true,
      data: { theme: 'dark', companyName: 'Acme' }
    })
    expect(await call('settings.set', { pue: 0.2 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' }
    })
    expect(await call('settings.set', { recentFiles: [] })).toMatchObject({ ok: false })
  })

  it('settings: a change keeps every field it does not name (a theme change kept the company name blank before)', async () => {
    await call('settings.set', {
      companyName: 'Acme',
      language: 'zh-CN',
      procurement: { buyer: { company: '上海某某大学' } }
    })
    expect(await call('settings.set', { theme: 'light' })).toMatchObject({
      ok: true,
      data: {
        theme: 'light',
        companyName: 'Acme',
        language: 'zh-CN',
        procurement: { buyer: { company: '上海某某大学' } }
      }
    })
    expect(await call('settings.set', { companyName: 'Beta' })).toMatchObject({
      ok: true,
      data: { theme: 'light', companyName: 'Beta', language: 'zh-CN' }
    })
  })

  it('autosave: write, read, discard', async () => {
    const plan = { format: 'compute-planner/plan', version: 1, name: 'auto', workloads: [] }
    expect(await call('autosave.write', { plan, filePath: null })).toMatchObject({ ok: true })
    expect(await call('autosave.read')).toMatchObject({
      ok: true,
      data: { plan: { name: 'auto' } }
    })
    expect(await call('autosave.discard')).toEqual({ ok: true, data: null })
    expect(await call('autosave.read')).toEqual({ ok: true, data: null })
  })
})
