/**
 * core/cluster/access.ts: front-end leaves and spines, and out-of-band switches, on a
 * hand-made switch list (the built-in cables and optics carry the links). Counts follow the
 * module header: leafDown = ports / 2, leaves = ceil(endpoints / leafDown), spines =
 * ceil(leaves × leafUp / ports) when there is more than one leaf; OOB = ceil(devices / ports).
 */
import { describe, expect, it } from 'vitest'
import { sizeFrontEnd, sizeOutOfBand } from '../../../../src/shared/core/cluster/access'
import {
  defaultNetworkCatalog,
  type NetworkCatalog,
  type SwitchSpec
} from '../../../../src/shared/core/cluster/network-catalog'

const sw = (own: Partial<SwitchSpec> & Pick<SwitchSpec, 'id'>): SwitchSpec => ({
  name: own.id,
  vendor: 'V',
  fabric: 'ethernet',
  ports: 32,
  portGbps: 100,
  portsPerCage: 1,
  rackUnits: 1,
  powerW: 500,
  source: 'test',
  ...own
})

const network = {
  ...defaultNetworkCatalog(),
  switches: [
    sw({ id: 'eth-400', ports: 64, portGbps: 400, portsPerCage: 2 }),
    sw({ id: 'eth-100', ports: 32, portGbps: 100 }),
    sw({ id: 'eth-100-small', ports: 16, portGbps: 100 }),
    sw({ id: 'ib-400', fabric: 'infiniband', ports: 64, portGbps: 400 }),
    sw({ id: 'access-25', ports: 48, portGbps: 25, uplinkPorts: 8, uplinkGbps: 100 }),
    sw({ id: 'oob-a', vendor: 'A', ports: 48, portGbps: 1 }),
    sw({ id: 'oob-b', vendor: 'B', ports: 24, portGbps: 1 })
  ]
} as NetworkCatalog

const servers = { id: 'accelServers', nodes: 20, ports: 2, gbps: 100 }
const storage = { id: 'storageNodes', nodes: 4, ports: 2, gbps: 100 }
const switchLines = (
  parts: { partClass: string; lineId: string; partId?: string; quantity: number }[]
) => parts.filter((p) => p.partClass === 'switch').map((p) => [p.lineId, p.partId, p.quantity])

describe('sizeFrontEnd', () => {
  it('picks the slowest Ethernet switch fast enough, most ports first (not IB, not access)', () => {
    // 20 × 2 + 4 × 2 = 48 ports at 100G. eth-100 (32 ports) beats eth-100-small and eth-400.
    // Leaves: ceil(48 / 16) = 3; leaf–spine links 3 × (32 − 16) = 48; spines ceil(48 / 32) = 2.
    const section = sizeFrontEnd(network, [servers, storage], undefined)
    expect(switchLines(section.parts)).toEqual([
      ['frontend:leaf', 'eth-100', 3],
      ['frontend:spine', 'eth-100', 2]
    ])
    expect(section.switches).toBe(5)
  })

  it('one leaf needs no spine', () => {
    // 8 ports ≤ 16 down-ports of one leaf.
    const section = sizeFrontEnd(network, [{ ...servers, nodes: 4 }], undefined)
    expect(switchLines(section.parts)).toEqual([['frontend:leaf', 'eth-100', 1]])
    expect(section.steps.some((s) => s.id === 'frontSpines')).toBe(false)
  })

  it('a faster chosen switch breaks its ports out to the link speed', () => {
    // eth-400: 64 × floor(400 / 100) = 256 ports, 128 down → 48 endpoints fit one leaf.
    const section = sizeFrontEnd(network, [servers, storage], 'eth-400')
    expect(switchLines(section.parts)).toEqual([['frontend:leaf', 'eth-400', 1]])
    expect(section.steps.find((s) => s.id === 'frontSwitchPorts')?.value).toBe(256)
    expect(section.notes).toEqual([])
  })

  it('an unknown or too slow choice is noted and replaced by the automatic pick', () => {
    const unknown = sizeFrontEnd(network, [servers], 'gone')
    expect(unknown.notes).toEqual([{ key: 'cluster.notes.unknownSwitch', params: { id: 'gone' } }])
    expect(unknown.parts[0].partId).toBe('eth-100')
    const slow = sizeFrontEnd(network, [servers], 'access-25')
    expect(slow.notes).toEqual([
      { key: 'cluster.notes.switchTooSlow', params: { switch: 'access-25', gbps: 25, need: 100 } }
    ])
  })

  it('the fastest endpoint sets the link speed', () => {
    const section = sizeFrontEnd(network, [servers, { ...storage, gbps: 400 }], undefined)
    expect(section.parts[0].partId).toBe('eth-400')
  })

  it('no speed the catalog can carry: a note and no switches', () => {
    const section = sizeFrontEnd(network, [{ ...servers, gbps: 800 }], undefined)
    expect(section.switches).toBe(0)
    expect(section.notes).toEqual([
      { key: 'cluster.notes.noSwitchForSpeed', params: { gbps: 800 } }
    ])
  })

  it('nothing to connect: nothing bought', () => {
    const section = sizeFrontEnd(
      network,
      [
        { ...servers, nodes: 0 },
        { ...storage, ports: 0 }
      ],
      undefined
    )
    expect(section).toMatchObject({ switches: 0, parts: [], notes: [] })
  })
})

describe('sizeOutOfBand', () => {
  const devices = [
    { id: 'servers', count: 60 },
    { id: 'switches', count: 10 },
    { id: 'pdus', count: 30 }
  ]

  it('one 1G port per device: ceil(100 / 48) = 3 switches of the first OOB model', () => {
    const section = sizeOutOfBand(network, devices, undefined, undefined)
    expect(section.steps.find((s) => s.id === 'oobDevices')?.value).toBe(100)
    expect(switchLines(section.parts)).toEqual([['oob:leaf', 'oob-a', 3]])
    expect(section.switches).toBe(3)
  })

  it('prefers the compute vendor’s OOB switch: ceil(100 / 24) = 5', () => {
    const section = sizeOutOfBand(network, devices, undefined, 'B')
    expect(switchLines(section.parts)).toEqual([['oob:leaf', 'oob-b', 5]])
  })

  it('the planner’s choice wins over the vendor preference', () => {
    const section = sizeOutOfBand(network, devices, 'oob-b', 'A')
    expect(section.parts[0].partId).toBe('oob-b')
  })

  it('no devices, or no 1G switch in the catalog: nothing bought', () => {
    expect(
      sizeOutOfBand(network, [{ id: 'servers', count: 0 }], undefined, undefined).switches
    ).toBe(0)
    const noOob = { ...network, switches: network.switches.filter((s) => s.portGbps > 1) }
    expect(sizeOutOfBand(noOob, devices, undefined, undefined).switches).toBe(0)
  })
})
