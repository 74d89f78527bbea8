/**
 * The north–south (in-band, storage, user access) network and the out-of-band management
 * network: leaf switches from the number of ports to connect, a spine tier when more than
 * one leaf is needed (docs/methodology.md, "North–south and out-of-band networks").
 *
 *   front-end: endpoints = Σ nodes × front ports; leafDown = ports/2 (non-blocking), leaves =
 *   ceil(endpoints / leafDown), spines = ceil(leaves × leafUp / ports) when leaves > 1.
 *   out-of-band: one 1GbE port per device (servers, storage and management nodes, every
 *   switch, every PDU); switches = ceil(devices / ports), each on a Cat6A patch cable per
 *   device. The OOB switches' own uplinks use their dedicated uplink ports into the
 *   front-end network and are not counted as separate lines.
 */
import { Derivation } from '../derivation'
import type { Note } from '../workloads/context'
import { addLinks } from './fabric'
import { byId, type NetworkCatalog, type SwitchSpec } from './network-catalog'
import type { PartCount, PartRole, SizingSection } from './parts'

export interface FrontEndpoint {
  /** Step-safe id, e.g. `accelServers`, `storageNodes`. */
  id: string
  nodes: number
  ports: number
  gbps: number
}

export interface AccessSection extends SizingSection {
  switches: number
}

/** A converged compute pair the north–south ports may join (plan option convergedFabric). */
export interface ConvergedPair {
  group: string
  switch: SwitchSpec
  /** The pair's ports left free by the accelerator servers: 2 · switchPorts − convergedLinks. */
  freePorts: number
}

function pickFrontSwitch(
  network: NetworkCatalog,
  gbps: number,
  wanted: string | undefined,
  notes: Note[]
): SwitchSpec | undefined {
  if (wanted) {
    const chosen = byId(network.switches, wanted)
    if (chosen && chosen.portGbps >= gbps) return chosen
    notes.push({
      key: chosen ? 'cluster.notes.switchTooSlow' : 'cluster.notes.unknownSwitch',
      params: chosen ? { switch: chosen.name, gbps: chosen.portGbps, need: gbps } : { id: wanted }
    })
  }
  // The slowest Ethernet switch whose ports carry the fastest endpoint (no separate uplinks:
  // an aggregation-class switch), most ports first among equals.
  return network.switches
    .filter((s) => s.fabric === 'ethernet' && s.uplinkPorts === undefined && s.portGbps >= gbps)
    .sort((a, b) => a.portGbps - b.portGbps || b.ports - a.ports)[0]
}

export function sizeFrontEnd(
  network: NetworkCatalog,
  endpoints: FrontEndpoint[],
  wanted: string | undefined,
  record = true,
  /** Leaves in redundant pairs, every node dual-homed to both (plan option convergedFabric). */
  pairs = false,
  /** A converged pair whose free ports take these nodes when they fit (no switches of their own). */
  convergedPair?: ConvergedPair
): AccessSection {
  const d = new Derivation(record, 'cluster.steps')
  const notes: Note[] = []
  const parts: PartCount[] = []
  const result = (switches: number): AccessSection => ({
    id: 'frontend',
    titleKey: 'cluster.sections.frontend',
    steps: d.steps,
    parts,
    notes,
    switches
  })
  const live = endpoints.filter((e) => e.nodes > 0 && e.ports > 0)
  if (live.length === 0) return result(0)
  const gbps = Math.max(...live.map((e) => e.gbps))
  const frontPorts = live.reduce((s, e) => s + e.nodes * e.ports, 0)
  /** The front-end ports in use: every connected node's ports, and the fastest port's speed. */
  const endpointSteps = (): void => {
    const terms = live.map((e) => {
      d.input(`${e.id}Nodes`, e.nodes, 'nodes')
      d.input(`${e.id}FrontPorts`, e.ports, 'ports/node')
      return `${e.id}Nodes * ${e.id}FrontPorts`
    })
    d.formula('frontEndpoints', terms.join(' + '), 'ports')
    d.lookup('frontLinkGbps', gbps, 'Gb/s', 'fastest front-end port among the connected nodes')
  }
  /** One cable per node link; a module at the node and `leafCage` links per module at the leaf. */
  const nodeLeafLinks = (leafCage: number): void =>
    addLinks(d, network, parts, {
      lineBase: 'frontend:node-leaf',
      role: 'northSouthNodeLeafLinks',
      section: 'frontend',
      linksStep: 'frontEndpoints',
      reach: 'row',
      gbps,
      ends: [
        { name: 'nodeEnd', cage: 1, linksExpr: 'frontEndpoints' },
        { name: 'leafEnd', cage: leafCage, linksExpr: 'frontEndpoints' }
      ]
    })
  if (
    convergedPair &&
    convergedPair.switch.portGbps >= gbps &&
    frontPorts <= convergedPair.freePorts
  ) {
    // The Enterprise RA's converged pair is the multihoming endpoint of storage and support
    // nodes as well: they take its free ports, one port per link, and need no switch here.
    endpointSteps()
    d.lookup(
      'convergedPairFreePorts',
      convergedPair.freePorts,
      'ports',
      `${convergedPair.group}: compute section, pairFreePorts = 2 · switchPorts − convergedLinks`
    )
    notes.push({
      key: 'cluster.notes.frontOnConvergedPair',
      params: {
        group: convergedPair.group,
        ports: frontPorts,
        free: convergedPair.freePorts,
        switch: convergedPair.switch.name
      }
    })
    // One link per port of the pair (no breakout), as the compute section counts its own.
    nodeLeafLinks(convergedPair.switch.portsPerCage)
    return result(0)
  }
  const sw = pickFrontSwitch(network, gbps, wanted, notes)
  if (!sw) {
    notes.push({ key: 'cluster.notes.noSwitchForSpeed', params: { gbps } })
    return result(0)
  }
  endpointSteps()
  d.lookup('frontSwitchNativePorts', sw.ports, 'ports', `${sw.name}: ${sw.source}`)
  d.lookup('frontSwitchPortGbps', sw.portGbps, 'Gb/s', `${sw.name}: ${sw.source}`)
  d.formula(
    'frontSwitchPorts',
    'frontSwitchNativePorts * floor(frontSwitchPortGbps / frontLinkGbps)',
    'ports'
  )
  d.formula('frontLeafDownPorts', 'floor(frontSwitchPorts / 2)', 'ports')
  let leaves: number
  if (pairs) {
    // Enterprise RA: each node's two north–south ports go to two separate switches, so the
    // leaves come in redundant pairs, and one pair needs no spine (its switches are joined).
    d.formula('frontLeafPairs', 'ceil(frontEndpoints / (2 * frontLeafDownPorts))', 'pairs')
    leaves = d.formula('frontLeaves', '2 * frontLeafPairs', 'switches')
  } else {
    leaves = d.formula('frontLeaves', 'ceil(frontEndpoints / frontLeafDownPorts)', 'switches')
  }
  let spines = 0
  if (leaves > (pairs ? 2 : 1)) {
    d.formula(
      'frontLeafSpineLinks',
      'frontLeaves * (frontSwitchPorts - frontLeafDownPorts)',
      'links'
    )
    spines = d.formula('frontSpines', 'ceil(frontLeafSpineLinks / frontSwitchPorts)', 'switches')
  }
  const push = (tier: string, role: PartRole, step: string, quantity: number) =>
    quantity > 0 &&
    parts.push({
      lineId: `frontend:${tier}`,
      partClass: 'switch',
      role,
      category: 'network',
      partId: sw.id,
      name: sw.name,
      section: 'frontend',
      step,
      quantity,
      ...(sw.price ? { price: sw.price } : {})
    })
  push('leaf', 'northSouthLeaf', 'frontLeaves', leaves)
  push('spine', 'northSouthSpine', 'frontSpines', spines)
  const cage = sw.portsPerCage * Math.floor(sw.portGbps / gbps)
  nodeLeafLinks(cage)
  if (spines > 0)
    addLinks(d, network, parts, {
      lineBase: 'frontend:leaf-spine',
      role: 'northSouthLeafSpineLinks',
      section: 'frontend',
      linksStep: 'frontLeafSpineLinks',
      reach: 'row',
      gbps,
      ends: [{ name: 'ends', cage, linksExpr: '2 * frontLeafSpineLinks' }]
    })
  return result(leaves + spines)
}

export function sizeOutOfBand(
  network: NetworkCatalog,
  devices: { id: string; count: number }[],
  wanted: string | undefined,
  preferVendor: string | undefined,
  record = true
): AccessSection {
  const d = new Derivation(record, 'cluster.steps')
  const notes: Note[] = []
  const parts: PartCount[] = []
  const result = (switches: number): AccessSection => ({
    id: 'oob',
    titleKey: 'cluster.sections.oob',
    steps: d.steps,
    parts,
    notes,
    switches
  })
  const live = devices.filter((x) => x.count > 0)
  if (live.length === 0) return result(0)
  const oobSwitches = network.switches.filter((s) => s.portGbps <= 1)
  const sw =
    (wanted ? byId(network.switches, wanted) : undefined) ??
    oobSwitches.find((s) => preferVendor !== undefined && s.vendor === preferVendor) ??
    oobSwitches[0]
  if (!sw) return result(0)
  for (const x of live) d.input(`${x.id}OobPorts`, x.count, 'ports')
  d.formula('oobDevices', live.map((x) => `${x.id}OobPorts`).join(' + '), 'ports')
  d.lookup('oobSwitchPorts', sw.ports, 'ports', `${sw.name}: ${sw.source}`)
  const leaves = d.formula('oobSwitches', 'ceil(oobDevices / oobSwitchPorts)', 'switches')
  parts.push({
    lineId: 'oob:leaf',
    partClass: 'switch',
    role: 'outOfBand',
    category: 'network',
    partId: sw.id,
    name: sw.name,
    section: 'oob',
    step: 'oobSwitches',
    quantity: leaves,
    ...(sw.price ? { price: sw.price } : {})
  })
  addLinks(d, network, parts, {
    lineBase: 'oob:device',
    role: 'outOfBand',
    section: 'oob',
    linksStep: 'oobDevices',
    reach: 'row',
    gbps: sw.portGbps,
    ends: []
  })
  return result(leaves)
}
