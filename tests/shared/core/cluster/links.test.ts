/**
 * core/cluster/links.ts on a small hand-made catalog (so each choice can be checked by eye),
 * then the built-in catalog for the speeds the fabrics use.
 */
import { describe, expect, it } from 'vitest'
import {
  cableFor,
  needsTransceivers,
  transceiverFor
} from '../../../../src/shared/core/cluster/links'
import {
  defaultNetworkCatalog,
  type CableSpec,
  type NetworkCatalog,
  type TransceiverSpec
} from '../../../../src/shared/core/cluster/network-catalog'

const cable = (id: string, kind: CableSpec['kind'], reach: CableSpec['reach']): CableSpec => ({
  id,
  name: id,
  kind,
  reach,
  maxMeters: 1,
  source: 'test'
})
const optic = (
  id: string,
  gbps: number,
  ports: number,
  reach: TransceiverSpec['reach'],
  maxMeters: number
): TransceiverSpec => ({ id, name: id, gbps, ports, reach, maxMeters, source: 'test' })

const small = {
  cables: [
    cable('cat6', 'copper', 'row'),
    cable('dac', 'dac', 'rack'),
    cable('mmf', 'fibre', 'row'),
    cable('smf', 'fibre', 'hall')
  ],
  transceivers: [
    optic('sr4-400', 400, 1, 'row', 50),
    optic('dr4-400', 400, 1, 'hall', 500),
    optic('fr4-400', 400, 1, 'hall', 2000),
    optic('2xsr4-800', 400, 2, 'row', 50),
    optic('sr-100', 100, 1, 'row', 100)
  ]
} as unknown as NetworkCatalog

describe('cableFor', () => {
  it('1G/10G management links are copper at any reach', () => {
    for (const reach of ['rack', 'row', 'hall'] as const)
      expect(cableFor(small, reach, 10)?.id, reach).toBe('cat6')
  })

  it('inside a rack a DAC; along a row multimode; across the hall single-mode', () => {
    expect(cableFor(small, 'rack', 400)?.id).toBe('dac')
    expect(cableFor(small, 'row', 400)?.id).toBe('mmf')
    expect(cableFor(small, 'hall', 400)?.id).toBe('smf')
  })

  it('with no fibre of the exact reach, the next longer one; never a shorter one', () => {
    const hallOnly = { ...small, cables: [cable('smf', 'fibre', 'hall')] }
    expect(cableFor(hallOnly, 'row', 400)?.id).toBe('smf')
    const rowOnly = { ...small, cables: [cable('mmf', 'fibre', 'row')] }
    expect(cableFor(rowOnly, 'hall', 400)).toBeUndefined()
  })
})

describe('transceiverFor', () => {
  it('the most ports the cage allows (fewest modules)', () => {
    expect(transceiverFor(small, 'row', 400, 2)?.id).toBe('2xsr4-800')
    expect(transceiverFor(small, 'row', 400, 1)?.id).toBe('sr4-400')
  })

  it('then the shortest sufficient reach class, then the shortest reach in metres', () => {
    // A hall link cannot take SR; of DR (500 m) and FR (2 km), DR is enough.
    expect(transceiverFor(small, 'hall', 400, 2)?.id).toBe('dr4-400')
  })

  it('only the link’s speed; none when the catalog has none', () => {
    expect(transceiverFor(small, 'row', 100, 1)?.id).toBe('sr-100')
    expect(transceiverFor(small, 'hall', 100, 1)).toBeUndefined()
    expect(transceiverFor(small, 'row', 200, 2)).toBeUndefined()
  })

  it('does not reorder the catalog it reads', () => {
    const before = small.transceivers.map((t) => t.id)
    transceiverFor(small, 'row', 400, 2)
    expect(small.transceivers.map((t) => t.id)).toEqual(before)
  })
})

describe('needsTransceivers', () => {
  it('only fibre links above 10G need optics', () => {
    expect(needsTransceivers('rack', 400)).toBe(false)
    expect(needsTransceivers('row', 400)).toBe(true)
    expect(needsTransceivers('hall', 10)).toBe(false)
    expect(needsTransceivers('hall', 25)).toBe(true)
  })
})

describe('the built-in catalog', () => {
  const catalog = defaultNetworkCatalog()

  it('has a cable for every reach class at fabric speeds, and copper for management', () => {
    for (const reach of ['rack', 'row', 'hall'] as const) {
      const speed = catalog.switches[0].portGbps
      expect(cableFor(catalog, reach, speed), reach).toBeDefined()
    }
    expect(cableFor(catalog, 'row', 1)?.kind).toBe('copper')
  })

  it('every transceiver it picks for a switch’s ports fits the cage and the speed', () => {
    for (const sw of catalog.switches)
      for (const reach of ['row', 'hall'] as const) {
        const t = transceiverFor(catalog, reach, sw.portGbps, sw.portsPerCage)
        if (!t) continue
        expect(t.gbps).toBe(sw.portGbps)
        expect(t.ports).toBeLessThanOrEqual(sw.portsPerCage)
      }
  })
})
