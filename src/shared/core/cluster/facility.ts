/**
 * Racks, PDUs, cooling class and floor positions (docs/methodology.md, "Racks, power and
 * cooling"). Accelerator servers fill compute racks by the rack's power limit and usable
 * rack units; switches, storage and management nodes fill support racks the same way.
 *   serversPerRack = min(floor(rackPowerLimitKW / serverPowerKW), floor(usableRackUnits / serverRackUnits))
 *   racks = ceil(servers / serversPerRack)
 *   pdusPerRack = 2 × ceil(rackKW / pduCapacityKW)        (A and B feeds)
 *   cooling = liquid when rackKW > liquidCoolingAboveKW, else air
 *   floorPositions = compute racks + support racks
 */
import { Derivation } from '../derivation'
import type { ServerSpec } from '../catalog'
import type { Note } from '../workloads/context'
import type { ManagementNodeSpec, NetworkCatalog, PduSpec, RackSpec } from './network-catalog'
import type { PartCount, SizingSection } from './parts'

export const LIQUID_COOLING_DEFAULT = {
  value: 40,
  source:
    'ASHRAE TC 9.9 and vendor guidance: air cooling with rear-door or in-row units reaches about 30–40 kW per rack; denser racks need direct liquid cooling'
} as const

export interface ComputeRackInput {
  groupId: string
  groupName: string
  servers: number
  server: ServerSpec
  /** Per-server power (accelerators + host), kW; null when a TDP is unknown. */
  serverPowerKW: number | null
}

export interface RackPlan extends SizingSection {
  racks: number
  serversPerRack: number
  rackKW: number | null
  cooling: 'air' | 'liquid' | null
}

export function rackSpec(network: NetworkCatalog): RackSpec {
  return network.racks[0]
}

function pduSpec(network: NetworkCatalog): PduSpec {
  return network.pdus[0]
}

export function sizeComputeRacks(
  network: NetworkCatalog,
  input: ComputeRackInput,
  rackPowerLimitKW: number,
  liquidCoolingAboveKW: number | undefined,
  record = true
): RackPlan {
  const d = new Derivation(record, 'cluster.steps')
  const notes: Note[] = []
  const parts: PartCount[] = []
  const rack = rackSpec(network)
  const pdu = pduSpec(network)
  const id = `racks:${input.groupId}`
  d.input('servers', input.servers, 'servers')
  d.lookup('usableRackUnits', rack.usableRackUnits, 'U', `${rack.name}: ${rack.source}`)
  d.lookup(
    'serverRackUnits',
    input.server.rackUnits,
    'U',
    `${input.server.name}: ${input.server.source}`
  )
  d.formula('serversPerRackBySpace', 'floor(usableRackUnits / serverRackUnits)', 'servers/rack')
  let rackKW: number | null = null
  let cooling: RackPlan['cooling'] = null
  if (input.serverPowerKW !== null) {
    d.input('serverPowerKW', input.serverPowerKW, 'kW')
    d.input('rackPowerLimitKW', rackPowerLimitKW, 'kW')
    d.formula(
      'serversPerRackByPower',
      'max(1, floor(rackPowerLimitKW / serverPowerKW))',
      'servers/rack'
    )
    d.formula(
      'serversPerRack',
      'max(1, min(serversPerRackByPower, serversPerRackBySpace))',
      'servers/rack'
    )
  } else {
    d.formula('serversPerRack', 'max(1, serversPerRackBySpace)', 'servers/rack')
  }
  const racks = d.formula('racks', 'ceil(servers / serversPerRack)', 'racks')
  if (input.serverPowerKW !== null) {
    rackKW = d.formula('rackKW', 'min(servers, serversPerRack) * serverPowerKW', 'kW')
    d.lookup('pduCapacityKW', pdu.capacityKW, 'kW', `${pdu.name}: ${pdu.source}`)
    d.formula('pdus', 'racks * 2 * ceil(rackKW / pduCapacityKW)', 'PDUs')
    if (liquidCoolingAboveKW === undefined)
      d.assumption(
        'liquidCoolingAboveKW',
        LIQUID_COOLING_DEFAULT.value,
        'kW',
        LIQUID_COOLING_DEFAULT.source
      )
    else d.input('liquidCoolingAboveKW', liquidCoolingAboveKW, 'kW')
    cooling = rackKW > d.value('liquidCoolingAboveKW') ? 'liquid' : 'air'
    notes.push({
      key: cooling === 'liquid' ? 'cluster.notes.liquidCooling' : 'cluster.notes.airCooling',
      params: { group: input.groupName, kw: Math.round(rackKW * 10) / 10 }
    })
  } else {
    d.formula('pdus', 'racks * 2', 'PDUs')
    notes.push({ key: 'cluster.notes.rackPowerUnknown', params: { group: input.groupName } })
  }
  parts.push(
    {
      lineId: `${id}:rack`,
      partClass: 'rack',
      role: 'computeRack',
      category: 'facility',
      partId: rack.id,
      name: rack.name,
      section: id,
      step: 'racks',
      quantity: racks,
      ...(rack.price ? { price: rack.price } : {})
    },
    {
      lineId: `${id}:pdu`,
      partClass: 'pdu',
      role: 'computeRack',
      category: 'facility',
      partId: pdu.id,
      name: pdu.name,
      section: id,
      step: 'pdus',
      quantity: d.value('pdus'),
      ...(pdu.price ? { price: pdu.price } : {})
    }
  )
  return {
    id,
    titleKey: 'cluster.sections.racks',
    titleParams: { group: input.groupName },
    steps: d.steps,
    parts,
    notes,
    racks,
    serversPerRack: d.value('serversPerRack'),
    rackKW,
    cooling
  }
}

export interface SupportEquipment {
  /** Step-safe id: `network`, `storageUnit`, `managementNode`. */
  id: 'network' | 'storageUnit' | 'managementNode'
  count: number
  rackUnits: number
  powerW: number
  source: string
}

export interface SupportPlan extends SizingSection {
  racks: number
  powerKW: number
}

/**
 * Racks for switches, storage and management nodes, by space and by power. The network
 * arrives as one item (count 1) whose units and watts are the sums over every switch.
 */
export function sizeSupportRacks(
  network: NetworkCatalog,
  equipment: SupportEquipment[],
  rackPowerLimitKW: number,
  record = true
): SupportPlan {
  const d = new Derivation(record, 'cluster.steps')
  const parts: PartCount[] = []
  const live = equipment.filter((e) => e.count > 0 && e.rackUnits > 0)
  const result = (racks: number, powerKW: number): SupportPlan => ({
    id: 'support',
    titleKey: 'cluster.sections.support',
    steps: d.steps,
    parts,
    notes: [],
    racks,
    powerKW
  })
  if (live.length === 0) return result(0, 0)
  const rack = rackSpec(network)
  const pdu = pduSpec(network)
  for (const e of live) {
    d.input(`${e.id}Count`, e.count, 'units')
    d.lookup(`${e.id}RackUnits`, e.rackUnits, 'U', e.source)
    d.lookup(`${e.id}PowerW`, e.powerW, 'W', e.source)
  }
  d.formula('supportRackUnits', live.map((e) => `${e.id}Count * ${e.id}RackUnits`).join(' + '), 'U')
  const powerKW = d.formula(
    'supportPowerKW',
    `(${live.map((e) => `${e.id}Count * ${e.id}PowerW`).join(' + ')}) / 1000`,
    'kW'
  )
  d.lookup('usableRackUnits', rack.usableRackUnits, 'U', `${rack.name}: ${rack.source}`)
  d.input('rackPowerLimitKW', rackPowerLimitKW, 'kW')
  const racks = d.formula(
    'supportRacks',
    'max(ceil(supportRackUnits / usableRackUnits), ceil(supportPowerKW / rackPowerLimitKW))',
    'racks'
  )
  d.lookup('pduCapacityKW', pdu.capacityKW, 'kW', `${pdu.name}: ${pdu.source}`)
  d.formula(
    'supportPdus',
    'supportRacks * 2 * ceil(supportPowerKW / supportRacks / pduCapacityKW)',
    'PDUs'
  )
  parts.push(
    {
      lineId: 'support:rack',
      partClass: 'rack',
      role: 'managementRack',
      category: 'facility',
      partId: rack.id,
      name: rack.name,
      section: 'support',
      step: 'supportRacks',
      quantity: racks,
      ...(rack.price ? { price: rack.price } : {})
    },
    {
      lineId: 'support:pdu',
      partClass: 'pdu',
      role: 'managementRack',
      category: 'facility',
      partId: pdu.id,
      name: pdu.name,
      section: 'support',
      step: 'supportPdus',
      quantity: d.value('supportPdus'),
      ...(pdu.price ? { price: pdu.price } : {})
    }
  )
  return result(racks, powerKW)
}

export const MANAGEMENT_DEFAULTS = {
  managementNodes: {
    value: 2,
    source:
      'Planner default: a highly available pair of head nodes (scheduler, provisioning, monitoring) when the cluster has more than one server; the DGX SuperPOD H100 RA uses 5 management servers for 4 SU'
  },
  loginNodes: {
    value: 1,
    source: 'Planner default: one login node when the plan trains (users submit jobs there)'
  }
} as const

/** Management / scheduler and login nodes. */
export function sizeManagementNodes(
  network: NetworkCatalog,
  acceleratorServers: number,
  trains: boolean,
  given: { managementNodes?: number; loginNodes?: number },
  record = true
): SizingSection & { nodes: number; spec: ManagementNodeSpec } {
  const d = new Derivation(record, 'cluster.steps')
  const spec = network.managementNodes[0]
  const parts: PartCount[] = []
  const notes: Note[] = []
  const pick = (key: 'managementNodes' | 'loginNodes', applies: boolean) => {
    const v = given[key]
    if (v !== undefined) return d.lookup(key, v, 'nodes', 'planner setting')
    const def = MANAGEMENT_DEFAULTS[key]
    return d.lookup(key, applies ? def.value : 0, 'nodes', def.source)
  }
  const management = pick('managementNodes', acceleratorServers > 1)
  const login = pick('loginNodes', trains && acceleratorServers > 1)
  const nodes = d.formula('managementAndLoginNodes', 'managementNodes + loginNodes', 'nodes')
  if (nodes > 0)
    parts.push({
      lineId: `management:${spec.id}`,
      partClass: 'managementNode',
      role: 'managementNodes',
      category: 'servers',
      partId: spec.id,
      name: spec.name,
      section: 'management',
      step: 'managementAndLoginNodes',
      quantity: nodes,
      ...(spec.price ? { price: spec.price } : {})
    })
  void management
  void login
  return {
    id: 'management',
    titleKey: 'cluster.sections.management',
    steps: d.steps,
    parts,
    notes,
    nodes,
    spec
  }
}
