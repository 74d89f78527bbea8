import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportedRow, InventoryItem } from '@shared/schema/inventory'
import { defaultCatalog } from '@shared/core'
import { CatalogMatcher } from '../../../../src/main/services/inventory/catalog-match'
import {
  builtInCatalogEntries,
  withCatalogMatch
} from '../../../../src/main/services/inventory/catalog-source'

function row(item: InventoryItem | undefined, extra: Partial<ImportedRow> = {}): ImportedRow {
  return {
    row: 5,
    outcome: item ? 'accepted' : 'rejected',
    ...(item ? { item } : {}),
    issues: [],
    ...extra
  }
}

const h100: InventoryItem = { kind: 'accelerator', name: 'NVIDIA H100 SXM5 80GB', memoryGB: 80 }

describe('builtInCatalogEntries', () => {
  afterEach(() => {
    vi.doUnmock('@shared/core')
    vi.resetModules()
  })

  it('lists every built-in accelerator, then every server, as plain { id, name } entries', () => {
    const catalog = defaultCatalog()
    const entries = builtInCatalogEntries()
    const accelerators = [...catalog.accelerators.keys()]
    const servers = [...catalog.servers.keys()]
    // Accelerators come first, in catalog order, then the servers: the matcher breaks ties by
    // that order, so it must be stable.
    expect(entries.map((entry) => entry.id)).toEqual([...accelerators, ...servers])
    expect(entries.length).toBe(catalog.accelerators.size + catalog.servers.size)
    const h100Entry = entries.find((entry) => entry.id === 'nvidia-h100-sxm5-80gb')
    expect(h100Entry).toMatchObject({ vendor: 'NVIDIA', name: 'H100 SXM5 80GB', memoryGB: 80 })
  })

  it('gives an empty list (matching is skipped) when the catalog cannot be loaded', async () => {
    vi.resetModules()
    vi.doMock('@shared/core', () => ({
      defaultCatalog: () => {
        throw new Error('accelerators.json: invalid')
      }
    }))
    const fresh = await import('../../../../src/main/services/inventory/catalog-source')
    expect(fresh.builtInCatalogEntries()).toEqual([])
  })
})

describe('withCatalogMatch', () => {
  const matcher = new CatalogMatcher(builtInCatalogEntries())

  it('adds the catalog match to an accepted row (vendor words and order do not matter)', () => {
    const accepted = row(h100)
    const matched = withCatalogMatch(accepted, matcher)
    // Same model, same 80 GB, and the file states nothing that disagrees: identical.
    expect(matched.match).toMatchObject({
      status: 'identical',
      catalogId: 'nvidia-h100-sxm5-80gb',
      catalogName: 'H100 SXM5 80GB'
    })
    // A new object: the row read from the file is not changed in place.
    expect(accepted.match).toBeUndefined()
    expect(matched).toMatchObject({ row: 5, outcome: 'accepted', item: h100 })
  })

  it('marks a row whose stated figure disagrees with the catalog as differing, field by field', () => {
    // The catalog says 3350 GB/s; the file says 3000.
    const matched = withCatalogMatch(row({ ...h100, memoryBandwidthGBs: 3000 }), matcher)
    expect(matched.match?.status).toBe('differs')
    expect(matched.match?.differences).toEqual([
      { field: 'memoryBandwidthGBs', mine: 3000, catalog: 3350 }
    ])
  })

  it('gives an unknown model the status new', () => {
    const matched = withCatalogMatch(
      row({ kind: 'accelerator', name: 'Acme Frobnicator 9000' }),
      matcher
    )
    expect(matched.match).toEqual({ status: 'new', differences: [], alternatives: [] })
  })

  it('leaves a rejected row (no item) without a match', () => {
    const rejected = row(undefined)
    expect(withCatalogMatch(rejected, matcher)).toBe(rejected)
  })

  it('keeps a match already made (a re-read must not override the first decision)', () => {
    const earlier = row(h100, {
      match: { status: 'new', differences: [], alternatives: [] }
    })
    expect(withCatalogMatch(earlier, matcher)).toBe(earlier)
  })

  it('leaves every row alone when the catalog is empty (it could not be loaded)', () => {
    const accepted = row(h100)
    expect(withCatalogMatch(accepted, new CatalogMatcher([]))).toBe(accepted)
  })
})
