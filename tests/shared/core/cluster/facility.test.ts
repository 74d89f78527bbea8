/**
 * core/cluster/facility.ts on a hand-made rack (42 U usable), PDU (20 kW) and server (8 U,
 * 10.2 kW) so each count follows by hand from the formulas in the module header.
 */
import { describe, expect, it } from 'vitest'
import {
  LIQUID_COOLING_DEFAULT,
  MANAGEMENT_DEFAULTS,
  rackSpec,
  sizeComputeRacks,
  sizeManagementNodes,
  sizeSupportRacks
} from '../../../../src/shared/core/cluster/facility'
import {
  defaultNetworkCatalog,
  type NetworkCatalog
} from '../../../../src/shared/core/cluster/network-catalog'
import type { ServerSpec } from '../../../../src/shared/core/catalog'

const network = {
  ...defaultNetworkCatalog(),
  racks: [{ id: 'rack-t', name: 'Rack', rackUnits: 48, usableRackUnits: 42, source: 'test' }],
  pdus: [{ id: 'pdu-t', name: 'PDU', capacityKW: 20, source: 'test' }],
  managementNodes: [
    {
      id: 'mgmt-t',
      name: 'Head node',
      rackUnits: 1,
      powerW: 500,
      frontPorts: 2,
      frontGbps: 25,
      source: 'test'
    }
  ]
} as NetworkCatalog
const server = { id: 's', name: 'HGX box', rackUnits: 8, source: 'test' } as ServerSpec

const compute = (servers: number, serverPowerKW: number | null) => ({
  groupId: 'g',
  groupName: 'H100',
  servers,
  server,
  serverPowerKW
})

describe('sizeComputeRacks', () => {
  it('power-bound: a 40 kW rack holds 3 servers of 10.2 kW though 5 would fit by space', () => {
    // By space floor(42 / 8) = 5; by power floor(40 / 10.2) = 3 → 3 per rack; 10 servers →
    // ceil(10 / 3) = 4 racks. Rack load 3 × 10.2 = 30.6 kW → 2 × ceil(30.6 / 20) = 4 PDUs per
    // rack, 16 in all. 30.6 kW ≤ 40 kW threshold: air.
    const plan = sizeComputeRacks(network, compute(10, 10.2), 40, 40)
    expect(plan.serversPerRack).toBe(3)
    expect(plan.racks).toBe(4)
    expect(plan.rackKW).toBeCloseTo(30.6, 9)
    expect(plan.cooling).toBe('air')
    expect(plan.parts.map((p) => [p.lineId, p.quantity])).toEqual([
      ['racks:g:rack', 4],
      ['racks:g:pdu', 16]
    ])
    expect(plan.notes).toEqual([
      { key: 'cluster.notes.airCooling', params: { group: 'H100', kw: 30.6 } }
    ])
  })

  it('space-bound: at 130 kW a rack holds 5 of these servers, and needs liquid cooling', () => {
    // By power floor(130 / 10.2) = 12, by space 5 → 5; 51 kW > 40 kW: liquid.
    const plan = sizeComputeRacks(network, compute(5, 10.2), 130, 40)
    expect(plan.serversPerRack).toBe(5)
    expect(plan.racks).toBe(1)
    expect(plan.cooling).toBe('liquid')
  })

  it('a rack load below a full rack counts only the servers there are', () => {
    // 2 servers with room for 5: rackKW = min(2, 5) × 10.2 = 20.4 kW → 2 × ceil(20.4 / 20) = 4.
    const plan = sizeComputeRacks(network, compute(2, 10.2), 130, 40)
    expect(plan.rackKW).toBeCloseTo(20.4, 9)
    expect(plan.parts[1].quantity).toBe(4)
  })

  it('a server above the rack’s power limit still gets one rack each (never zero per rack)', () => {
    const plan = sizeComputeRacks(network, compute(3, 50), 40, 40)
    expect(plan.serversPerRack).toBe(1)
    expect(plan.racks).toBe(3)
  })

  it('unknown power: racks by space, two PDUs per rack, and a note; no cooling class', () => {
    // ceil(12 / 5) = 3 racks, 6 PDUs.
    const plan = sizeComputeRacks(network, compute(12, null), 40, undefined)
    expect(plan.racks).toBe(3)
    expect(plan.rackKW).toBeNull()
    expect(plan.cooling).toBeNull()
    expect(plan.parts[1].quantity).toBe(6)
    expect(plan.notes.map((n) => n.key)).toEqual(['cluster.notes.rackPowerUnknown'])
  })

  it('without a threshold the sourced default decides the cooling class', () => {
    const limit = LIQUID_COOLING_DEFAULT.value
    // One server exactly at the threshold is air (liquid only above it); a bit more is liquid.
    expect(sizeComputeRacks(network, compute(1, limit), 1000, undefined).cooling).toBe('air')
    expect(sizeComputeRacks(network, compute(1, limit + 0.1), 1000, undefined).cooling).toBe(
      'liquid'
    )
  })
})

describe('sizeSupportRacks', () => {
  it('nothing to rack: no racks, no lines', () => {
    const plan = sizeSupportRacks(network, [], 20)
    expect(plan).toMatchObject({ racks: 0, powerKW: 0, parts: [] })
    const zero = [{ id: 'network' as const, count: 0, rackUnits: 1, powerW: 1, source: 's' }]
    expect(sizeSupportRacks(network, zero, 20).racks).toBe(0)
  })

  it('racks by the larger of space and power; PDUs per rack by its share of the power', () => {
    // Space: 1 × 30 U + 4 × 4 U + 2 × 1 U = 48 U → ceil(48 / 42) = 2 racks.
    // Power: (1 × 6,000 + 4 × 1,500 + 2 × 500) W = 13 kW → ceil(13 / 20) = 1 rack.
    // → 2 racks; PDUs = 2 × 2 × ceil(13 / 2 / 20) = 4.
    const plan = sizeSupportRacks(
      network,
      [
        { id: 'network', count: 1, rackUnits: 30, powerW: 6000, source: 's' },
        { id: 'storageUnit', count: 4, rackUnits: 4, powerW: 1500, source: 's' },
        { id: 'managementNode', count: 2, rackUnits: 1, powerW: 500, source: 's' }
      ],
      20
    )
    expect(plan.racks).toBe(2)
    expect(plan.powerKW).toBeCloseTo(13, 9)
    expect(plan.parts.map((p) => [p.lineId, p.quantity])).toEqual([
      ['support:rack', 2],
      ['support:pdu', 4]
    ])
  })

  it('power-bound support racks', () => {
    // 10 U but 45 kW at 20 kW per rack → ceil(45 / 20) = 3 racks.
    const plan = sizeSupportRacks(
      network,
      [{ id: 'storageUnit', count: 10, rackUnits: 1, powerW: 4500, source: 's' }],
      20
    )
    expect(plan.racks).toBe(3)
  })
})

describe('sizeManagementNodes', () => {
  it('one server needs no head nodes', () => {
    const plan = sizeManagementNodes(network, 1, true, {})
    expect(plan.nodes).toBe(0)
    expect(plan.parts).toEqual([])
  })

  it('a multi-server cluster gets the default pair, plus a login node when it trains', () => {
    const { managementNodes, loginNodes } = MANAGEMENT_DEFAULTS
    expect(sizeManagementNodes(network, 4, false, {}).nodes).toBe(managementNodes.value)
    const training = sizeManagementNodes(network, 4, true, {})
    expect(training.nodes).toBe(managementNodes.value + loginNodes.value)
    expect(training.parts).toEqual([
      expect.objectContaining({
        lineId: 'management:mgmt-t',
        partClass: 'managementNode',
        category: 'servers',
        quantity: training.nodes
      })
    ])
  })

  it('the planner’s counts win, even on a single server', () => {
    const plan = sizeManagementNodes(network, 1, false, { managementNodes: 3, loginNodes: 2 })
    expect(plan.nodes).toBe(5)
    expect(plan.steps.find((s) => s.id === 'managementNodes')?.source).toBe('planner setting')
  })
})

describe('rackSpec', () => {
  it('is the network catalog’s first rack', () => {
    expect(rackSpec(network).id).toBe('rack-t')
    expect(rackSpec(defaultNetworkCatalog())).toBe(defaultNetworkCatalog().racks[0])
  })
})
