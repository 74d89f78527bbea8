import { describe, expect, it } from 'vitest'
import { catalogForRenderer } from '../../../src/shared/core/catalog-data'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import { ASSUMPTIONS } from '../../../src/shared/core/assumptions'
import { catalogResponseSchema } from '../../../src/shared/ipc/contracts/app'

describe('catalogForRenderer', () => {
  it('is built once: the same object on every call', () => {
    expect(catalogForRenderer()).toBe(catalogForRenderer())
  })

  it('matches the catalog.get response schema', () => {
    const result = catalogResponseSchema.safeParse(catalogForRenderer())
    expect(result.error?.issues.slice(0, 3)).toBeUndefined()
  })

  it('holds every catalog entry and every assumption, in order', () => {
    const data = catalogForRenderer()
    const catalog = defaultCatalog()
    expect(data.accelerators.map((a) => a.id)).toEqual([...catalog.accelerators.keys()])
    expect(data.llms.map((m) => m.id)).toEqual([...catalog.llms.keys()])
    expect(data.servers.map((s) => s.id)).toEqual([...catalog.servers.keys()])
    expect(data.assumptions.map((a) => a.id)).toEqual(ASSUMPTIONS.map((a) => a.id))
  })

  it('assumption variants are copies: the answer cannot reach into the registry', () => {
    const data = catalogForRenderer()
    expect(data.assumptions[0].variants[0]).toEqual(ASSUMPTIONS[0].variants[0])
    expect(data.assumptions[0].variants[0]).not.toBe(ASSUMPTIONS[0].variants[0])
  })
})
