import { describe, expect, it } from 'vitest'
import {
  REACH_CLASSES,
  buildNetworkCatalog,
  byId,
  defaultNetworkCatalog,
  partNameZh
} from '../../../../src/shared/core/cluster/network-catalog'

const catalog = defaultNetworkCatalog()
const lists = () =>
  Object.entries(catalog).filter(([, list]) => Array.isArray(list)) as [
    string,
    { id: string; name: string; nameZh?: string; source: string }[]
  ][]

describe('the built-in network catalog', () => {
  it('is built once', () => {
    expect(defaultNetworkCatalog()).toBe(catalog)
  })

  it('every part has a source; ids are unique across each list', () => {
    for (const [what, list] of lists()) {
      expect(new Set(list.map((part) => part.id)).size, what).toBe(list.length)
      for (const part of list) expect(part.source.length, part.id).toBeGreaterThan(0)
    }
  })

  it('every cable and transceiver reach is a known class', () => {
    for (const part of [...catalog.cables, ...catalog.transceivers])
      expect(REACH_CLASSES, part.id).toContain(part.reach)
  })

  it('a rack’s usable units fit within its height', () => {
    for (const rack of catalog.racks)
      expect(rack.usableRackUnits, rack.id).toBeLessThanOrEqual(rack.rackUnits)
  })
})

describe('buildNetworkCatalog', () => {
  const empty = {
    source: 's',
    switches: [],
    transceivers: [],
    cables: [],
    nics: [],
    storageClasses: [],
    managementNodes: [],
    racks: [],
    pdus: []
  }
  const nic = { id: 'nic-1', name: 'NIC', gbps: 400, source: 's' }

  it('refuses a duplicate id, naming the list and the id', () => {
    expect(() => buildNetworkCatalog({ ...empty, nics: [nic, nic] })).toThrow(
      'network catalog: duplicate nics id "nic-1"'
    )
  })

  it('refuses a part without a source or with an unknown field, at its path', () => {
    const noSource = { ...nic, source: '' }
    expect(() => buildNetworkCatalog({ ...empty, nics: [noSource] })).toThrow(/nics.*0.*source/s)
    expect(() => buildNetworkCatalog({ ...empty, nics: [{ ...nic, colour: 'red' }] })).toThrow(
      /colour/
    )
  })

  it('refuses an id that is not lower-case kebab/dot', () => {
    expect(() => buildNetworkCatalog({ ...empty, nics: [{ ...nic, id: 'NIC 1' }] })).toThrow(/id/)
  })
})

describe('byId and partNameZh', () => {
  it('byId finds by id, else undefined', () => {
    const first = catalog.switches[0]
    expect(byId(catalog.switches, first.id)).toBe(first)
    expect(byId(catalog.switches, 'no-such-switch')).toBeUndefined()
  })

  it('replaces the English name by the Chinese one and keeps a sizing suffix', () => {
    const part = lists()
      .flatMap(([, list]) => list)
      .find((entry) => entry.nameZh !== undefined)
    expect(part).toBeDefined()
    if (!part?.nameZh) return
    expect(partNameZh(part.id, part.name)).toBe(part.nameZh)
    expect(partNameZh(part.id, `${part.name} — 400G`)).toBe(`${part.nameZh} — 400G`)
  })

  it('keeps the name when the part has no Chinese name, is unknown, or the name differs', () => {
    expect(partNameZh(undefined, 'Something')).toBe('Something')
    expect(partNameZh('no-such-part', 'Something')).toBe('Something')
    const part = lists()
      .flatMap(([, list]) => list)
      .find((entry) => entry.nameZh !== undefined)!
    expect(partNameZh(part.id, 'A name the planner typed')).toBe('A name the planner typed')
  })
})
