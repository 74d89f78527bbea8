import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PLAN_VERSION } from '@shared/schema/plan'
import { MAX_PLAN_FILE_BYTES } from '@shared/schema/plan-file'
import { AutosaveStore } from '../../../../src/main/services/document/autosave'

let dir: string
let store: AutosaveStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-autosave-'))
  store = new AutosaveStore(dir)
  mkdirSync(join(dir, 'autosave'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const plan = { format: 'compute-planner/plan', version: PLAN_VERSION, name: 'P', workloads: [] }

function place(value: unknown): void {
  writeFileSync(store.path, typeof value === 'string' ? value : JSON.stringify(value))
}

describe('AutosaveStore.read', () => {
  it('keeps the copy in userData/autosave/working-plan.json', () => {
    expect(store.path).toBe(join(dir, 'autosave', 'working-plan.json'))
  })

  it('reads an empty or missing file path as a plan never saved, and a missing time as the epoch', async () => {
    place({ plan, filePath: '' })
    expect(await store.read()).toMatchObject({
      filePath: null,
      savedAt: '1970-01-01T00:00:00.000Z'
    })
    place({ plan, filePath: 42, savedAt: 7 })
    expect(await store.read()).toMatchObject({
      filePath: null,
      savedAt: '1970-01-01T00:00:00.000Z'
    })
  })

  it.each([
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['no plan', '{"savedAt": "2026-01-01T00:00:00Z"}'],
    ['a plan that is null', '{"plan": null}'],
    ['another format', '{"plan": {"format": "other", "version": 1}}'],
    [
      'a version that is text',
      `{"plan": {"format": "compute-planner/plan", "version": "${PLAN_VERSION}"}}`
    ]
  ])('discards a copy with %s', async (_what, text) => {
    place(text)
    expect(await store.read()).toBeNull()
    expect(existsSync(store.path)).toBe(false)
  })

  it('discards a copy larger than any plan file, without reading it', async () => {
    place('{}')
    // A sparse file: its size is over the limit without writing 32 MiB.
    truncateSync(store.path, MAX_PLAN_FILE_BYTES + 1)
    expect(await store.read()).toBeNull()
    expect(existsSync(store.path)).toBe(false)
  })

  it('discards a folder in the copy’s place so the next autosave can write', async () => {
    mkdirSync(store.path)
    expect(await store.read()).toBeNull()
    expect(existsSync(store.path)).toBe(false)
    await store.write(plan as never, null)
    expect((await store.read())?.plan.name).toBe('P')
  })
})

describe('AutosaveStore.write', () => {
  it('creates its folder and stamps the time from its clock', async () => {
    rmSync(join(dir, 'autosave'), { recursive: true })
    const clocked = new AutosaveStore(dir, () => new Date('2026-03-04T05:06:07Z'))
    expect(await clocked.write(plan as never, '/p/a.cplan')).toEqual({
      savedAt: '2026-03-04T05:06:07.000Z'
    })
    expect(await clocked.read()).toMatchObject({
      filePath: '/p/a.cplan',
      savedAt: '2026-03-04T05:06:07.000Z',
      issues: []
    })
  })

  it('discarding twice, or with nothing saved, is harmless', async () => {
    await store.discard()
    await store.discard()
    expect(await store.read()).toBeNull()
  })
})
