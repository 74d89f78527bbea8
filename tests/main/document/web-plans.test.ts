/**
 * Issue 19: the web host's recent-files list. Plans the browser saves are kept in the host's
 * own plans folder and listed by `recent.list`; only those can be reopened by path, so the page
 * cannot read or write any other file (the desktop guards the same with path grants).
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PLAN_VERSION } from '@shared/schema/plan'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/services/handlers'

const web = { transport: 'web' as const, locale: 'en' as const }
const plan = (name: string) => ({
  format: 'compute-planner/plan',
  version: PLAN_VERSION,
  name,
  workloads: []
})

let userDataDir: string
let call: (channel: string, payload?: unknown) => Promise<unknown>
beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'cp-web-plans-'))
  const handlers = createHandlers({ platform: 'linux', userDataDir })
  call = (channel, payload) => dispatch(handlers, channel, payload, web, { error: () => undefined })
})
afterEach(() => rmSync(userDataDir, { recursive: true, force: true }))

describe('web host plans folder and recent list', () => {
  it('keeps a saved plan in its own folder and lists it, most recent first', async () => {
    await call('webPlans.keep', { fileName: 'Cluster A.cplan', plan: plan('A') })
    await call('webPlans.keep', { fileName: 'Cluster B', plan: plan('B') })
    const folder = join(userDataDir, 'plans')
    expect(readdirSync(folder).sort()).toEqual(['Cluster A.cplan', 'Cluster B.cplan'])
    const listed = (await call('recent.list')) as { ok: true; data: { path: string }[] }
    expect(listed.data.map((entry) => entry.path)).toEqual([
      join(folder, 'Cluster B.cplan'),
      join(folder, 'Cluster A.cplan')
    ])
  })

  it('reopens a listed plan', async () => {
    await call('webPlans.keep', { fileName: 'Q3.cplan', plan: plan('Q3 cluster') })
    const path = join(userDataDir, 'plans', 'Q3.cplan')
    expect(await call('webPlans.open', { path })).toMatchObject({
      ok: true,
      data: { path, migratedFrom: null, fromBackup: false, plan: { name: 'Q3 cluster' } }
    })
  })

  it('refuses any path outside its folder, and names that are paths', async () => {
    const outside = join(userDataDir, 'settings.json')
    writeFileSync(join(userDataDir, 'elsewhere.cplan'), JSON.stringify(plan('x')))
    for (const path of [
      outside,
      join(userDataDir, 'elsewhere.cplan'),
      join(userDataDir, 'plans', '..', 'elsewhere.cplan'),
      '/etc/passwd'
    ])
      expect(await call('webPlans.open', { path }), path).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', issues: [{ key: 'webPlans.notKept' }] }
      })
    for (const fileName of ['../escape.cplan', 'a/b.cplan', '.hidden.cplan', 'C:\\x.cplan'])
      expect(await call('webPlans.keep', { fileName, plan: plan('x') }), fileName).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' }
      })
    expect(readdirSync(userDataDir)).not.toContain('escape.cplan')
  })

  it('does not follow a link in its folder to a file elsewhere', async () => {
    await call('webPlans.keep', { fileName: 'real.cplan', plan: plan('real') })
    const secret = join(userDataDir, 'secret.cplan')
    writeFileSync(secret, JSON.stringify(plan('secret')))
    symlinkSync(secret, join(userDataDir, 'plans', 'link.cplan'))
    expect(
      await call('webPlans.open', { path: join(userDataDir, 'plans', 'link.cplan') })
    ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('never writes an invalid plan', async () => {
    expect(
      await call('webPlans.keep', { fileName: 'bad.cplan', plan: { format: 'nope' } })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PLAN' } })
    expect(await call('recent.list')).toMatchObject({ ok: true, data: [] })
  })
})
