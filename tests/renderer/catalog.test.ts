/** stores/catalog.ts: the catalog fetched once over `catalog.get` and shared by every picker. */
import { describe, expect, it } from 'vitest'
import { setup } from './harness'
import { realCore } from './real-core'
import { useCatalogStore } from '@renderer/stores/catalog'
import { ApiError, createApi, installApi } from '@renderer/api'
import { catalogForRenderer } from '@shared/core/catalog-data'

const catalogCalls = (invoke: ReturnType<typeof setup>['invoke']) =>
  invoke.mock.calls.filter(([, channel]) => channel === 'catalog.get').length

describe('the catalog store', () => {
  it('is empty before loading, then lists the catalog and finds a card by id', async () => {
    setup(realCore)
    const store = useCatalogStore()
    expect(store.accelerators).toEqual([])
    expect(store.accelerator('huawei-ascend-910b')).toBeUndefined()
    await store.load()
    const catalog = catalogForRenderer()
    expect(store.accelerators).toHaveLength(catalog.accelerators.length)
    expect(store.accelerator('huawei-ascend-910b')?.vendor).toBe('Huawei')
    expect(store.accelerator('no-such-card')).toBeUndefined()
    expect(store.assumptions.get('mfu')?.id).toBe('mfu')
    expect(store.assumptions.size).toBe(catalog.assumptions.length)
    expect(Object.isFrozen(store.data)).toBe(true)
  })

  it('asks main once: loads at the same time share one call, a loaded catalog is kept', async () => {
    const { invoke } = setup(realCore)
    const store = useCatalogStore()
    const first = store.load()
    expect(store.loading).toBe(true)
    const second = store.load()
    await Promise.all([first, second])
    await store.load()
    expect(catalogCalls(invoke)).toBe(1)
    expect(store.loading).toBe(false)
    await store.load(true)
    expect(catalogCalls(invoke)).toBe(2)
  })

  it('keeps the contract’s error, and a later load can succeed', async () => {
    setup()
    installApi(
      createApi(async () => ({
        ok: false,
        error: { code: 'INTERNAL', message: 'catalog unreadable', issues: [] }
      }))
    )
    const store = useCatalogStore()
    await store.load()
    expect(store.error).toBeInstanceOf(ApiError)
    expect(store.error).toMatchObject({ code: 'INTERNAL', message: 'catalog unreadable' })
    expect(store.loading).toBe(false)
    expect(store.accelerators).toEqual([])
    installApi(createApi(async () => ({ ok: true, data: catalogForRenderer() })))
    await store.load()
    expect(store.error).toBeNull()
    expect(store.accelerators.length).toBeGreaterThan(0)
  })
})
