/**
 * The compute (east–west) fabric of one accelerator group: rail-optimised leaf/spine, one
 * rail per scale-out port of the server (every server's port n goes to the leaves of rail n),
 * non-blocking by default, three tiers when one spine tier cannot reach every leaf.
 *
 * Sizing (docs/methodology.md, "Compute fabric"), with k = switch ports at the link speed:
 *   nodeLinks = servers · rails + fabricManagerPorts
 *   nodeLinks ≤ k: one switch is the whole fabric (one tier, no spines)
 *   else leafDownPorts = floor(k · o / (o + 1)), leafUpPorts = ceil(leafDownPorts / o)   (o = oversubscription)
 *   leavesPerRail = ceil((servers + ceil(fabricManagerPorts / rails)) / leafDownPorts)
 *   leaves = rails · leavesPerRail
 *   leafUplinks = leafUpPorts when leavesPerRail > 1 (every leaf group built whole, as the DGX
 *     SuperPOD builds each scalable unit), else ceil(endpointsPerRail / o) (ports in use)
 *   two tiers while leaves ≤ k: the fewest spines ≥ ceil(leaves · leafUplinks / k) such that
 *     every leaf sends the same number of links to every spine (fewestSpines)
 *   three tiers beyond: spines = leaves · leafUplinks / (k / 2), cores = spines · (k / 2) / k
 * Spine and core tiers use kS, the spine switch's ports at the link speed (kS = k unless the
 * plan names a different spine switch): two tiers while leaves ≤ kS, and every spine-side
 * bound above reads kS.
 * Converged option (NVIDIA Enterprise RA): pairDownPorts = 2 · leafDownPorts; a redundant
 *   pair carries east–west and north–south while nodeLinks + servers · northSouthPorts ≤
 *   pairDownPorts, an east–west-only pair while nodeLinks ≤ pairDownPorts, then leaf/spine.
 */
import { Derivation } from '../derivation'
import type { ServerSpec } from '../catalog'
import type { Note } from '../workloads/context'
import { cableFor, needsTransceivers, transceiverFor } from './links'
import { byId, type NetworkCatalog, type ReachClass, type SwitchSpec } from './network-catalog'
import type { PartCount, PartRole, SizingSection } from './parts'

export interface FabricInput {
  /** Accelerator id: names the section and its lines. */
  groupId: string
  groupName: string
  servers: number
  server: ServerSpec
  /** Servers one compute rack holds (by power and rack units); decides in-rack links. */
  serversPerRack: number
  /** Why the group needs a fabric; `null` = it does not (the section says why). */
  need: { reason: 'training' | 'multiServerReplica' | 'none' }
  switchId?: string
  /**
   * Spine (and core) switch when it differs from the leaf switch (Huawei AI Fabric: CE8861-4C-EI
   * leaves under CE8850-64CQ-EI spines); default: the leaf switch.
   */
  spineSwitchId?: string
  oversubscription?: number
  fabricManagerPorts?: number
  /** Beyond one spine tier's reach: rail planes of two tiers (true) or a core tier (default). */
  spinePlanes?: boolean
  /**
   * Converged fabric (NVIDIA Enterprise RA): the servers' north–south ports join the compute
   * switches on a redundant pair while both fit; then a dedicated east–west leaf pair.
   */
  converged?: boolean
}

export interface FabricSummary {
  tiers: number
  rails: number
  leaves: number
  spines: number
  cores: number
  switchId: string | null
  switchName: string | null
  /** Spine and core switch, when the fabric has spines (the leaf switch unless chosen). */
  spineSwitchId?: string
  spineSwitchName?: string
  nodeLinks: number
  leafSpineLinks: number
  spineCoreLinks: number
  serversPerLeafGroup: number
  /** Leaf groups (scalable units) and leaves in each: rails, or 1 when one switch is the fabric. */
  leafGroups: number
  leavesPerGroup: number
  /**
   * With the converged option, when a redundant pair is the whole fabric: `converged` (the pair
   * also carries the servers' north–south ports) or `eastWest` (east–west only, no spines).
   */
  leafPair?: 'converged' | 'eastWest'
  /** North–south server links on the converged pair (counted here, not in the front end). */
  northSouthLinks?: number
  /** Converged pair ports the servers leave free (storage and management nodes may use them). */
  pairFreePorts?: number
}

export interface FabricSection extends SizingSection {
  fabric: FabricSummary
}

const DEFAULT_FABRIC_MANAGER_PORTS_IB = 4
const FABRIC_MANAGER_SOURCE =
  'DGX SuperPOD H100 reference architecture, Table 4: the UFM appliances take 4 compute-fabric ports (252 = 31 nodes × 8 + 4)'

const EMPTY: FabricSummary = {
  tiers: 0,
  rails: 0,
  leaves: 0,
  spines: 0,
  cores: 0,
  switchId: null,
  switchName: null,
  nodeLinks: 0,
  leafSpineLinks: 0,
  spineCoreLinks: 0,
  serversPerLeafGroup: 0,
  leafGroups: 0,
  leavesPerGroup: 0
}

const SPINE_RULE_SOURCE =
  'Every leaf sends the same number of links to every spine, and no spine or leaf runs out of ports (DGX SuperPOD H100 RA, Table 4: 24 leaves → 16 spines)'
const SPINE_PLANES_SOURCE =
  'Plan option spinePlanes: rail planes instead of a core tier (DGX SuperPOD B300 RA, Table 3: 8 SU of 64 nodes → 128 leaves, 64 spines, two tiers)'
const spinePlaneRuleFormula = (spinePorts: string) =>
  `fewest spines ≥ minimumSpinesPerPlane with leavesPerPlane × ceil(leafUplinks ÷ spines) ≤ ${spinePorts} and spines × ceil(leafUplinks ÷ spines) ≤ leafFreePorts`
const spineRuleFormula = (spinePorts: string) =>
  `fewest spines ≥ minimumSpines with leaves × ceil(leafUplinks ÷ spines) ≤ ${spinePorts} and spines × ceil(leafUplinks ÷ spines) ≤ leafFreePorts`
const CONVERGED_SOURCE =
  'Plan option convergedFabric: NVIDIA Enterprise RA 2-8-9-400 (ERA-00010-001 v04, Tables 10/11, as transcribed in NVIDIA ERA automation scripts/arch_scaling.py): up to 3 SU of 4 nodes one collapsed converged switch pair carries east–west and north–south; at 4 SU dedicated east–west and north–south leaf pairs, no spine'
const PAIR_RULE =
  'a redundant pair, each switch with leafDownPorts to the servers (the rest for the pair link, uplinks, storage and customer ports)'
const SPINE_SWITCH_SOURCE =
  'Plan option computeSpineSwitch: a spine model other than the leaf (Huawei AI Fabric recommended networking, EDOC1100155250, AI GPU scenario: CE8861-4C-EI leaves, CE8850-64CQ-EI spines)'

/**
 * The fewest spines, at least `atLeast`, such that every leaf sends the same number of links
 * (ceil(uplinks / spines)) to every spine, each spine has a port for every leaf's links
 * (leaves × that ≤ k) and each leaf has the ports for them (spines × that ≤ leafFreePorts).
 * With full leaves (uplinks = free ports) this is the smallest divisor of the uplinks ≥ atLeast.
 */
export function fewestSpines(
  leaves: number,
  uplinks: number,
  k: number,
  leafFreePorts: number,
  atLeast: number
): number {
  for (let s = Math.max(1, Math.ceil(atLeast)); s < uplinks; s++) {
    const perSpine = Math.ceil(uplinks / s)
    if (leaves * perSpine <= k && s * perSpine <= leafFreePorts) return s
  }
  return Math.max(1, uplinks)
}

function chooseSwitch(
  network: NetworkCatalog,
  input: FabricInput,
  notes: Note[]
): SwitchSpec | undefined {
  const wanted = input.switchId ?? input.server.network?.computeSwitch
  const chosen = wanted ? byId(network.switches, wanted) : undefined
  if (wanted && !chosen) notes.push({ key: 'cluster.notes.unknownSwitch', params: { id: wanted } })
  return chosen ?? network.switches.find((s) => s.ports >= 32 && s.portGbps >= 200)
}

/** The spine/core switch: the plan's choice when known and fast enough, else the leaf switch. */
function chooseSpine(
  network: NetworkCatalog,
  input: FabricInput,
  leaf: SwitchSpec,
  linkGbps: number,
  notes: Note[]
): SwitchSpec {
  if (input.spineSwitchId === undefined || input.spineSwitchId === leaf.id) return leaf
  const chosen = byId(network.switches, input.spineSwitchId)
  if (!chosen) {
    notes.push({ key: 'cluster.notes.unknownSwitch', params: { id: input.spineSwitchId } })
    return leaf
  }
  if (chosen.fabric !== leaf.fabric) {
    notes.push({
      key: 'cluster.notes.spineFabricMismatch',
      params: { spine: chosen.name, leaf: leaf.name }
    })
    return leaf
  }
  if (chosen.portGbps < linkGbps) {
    notes.push({
      key: 'cluster.notes.switchTooSlow',
      params: { switch: chosen.name, gbps: chosen.portGbps, need: linkGbps }
    })
    return leaf
  }
  return chosen
}

export function sizeComputeFabric(
  network: NetworkCatalog,
  input: FabricInput,
  record = true
): FabricSection {
  const d = new Derivation(record, 'cluster.steps')
  const notes: Note[] = []
  const parts: PartCount[] = []
  const section = (fabric: FabricSummary): FabricSection => ({
    id: `compute:${input.groupId}`,
    titleKey: 'cluster.sections.compute',
    titleParams: { group: input.groupName },
    steps: d.steps,
    parts,
    notes,
    fabric
  })
  const ports = input.server.network
  if (input.need.reason === 'none') {
    notes.push({ key: 'cluster.notes.noFabricNeeded', params: { group: input.groupName } })
    return section(EMPTY)
  }
  if (input.servers <= 1) {
    notes.push({ key: 'cluster.notes.noFabricOneServer', params: { group: input.groupName } })
    return section(EMPTY)
  }
  if (!ports || ports.computePorts === 0) {
    notes.push({
      key: 'cluster.notes.serverHasNoFabricPorts',
      params: { server: input.server.name }
    })
    return section(EMPTY)
  }
  const sw = chooseSwitch(network, input, notes)
  if (!sw) return section(EMPTY)
  if (sw.portGbps < ports.computeGbps) {
    notes.push({
      key: 'cluster.notes.switchTooSlow',
      params: { switch: sw.name, gbps: sw.portGbps, need: ports.computeGbps }
    })
    return section(EMPTY)
  }

  d.input('servers', input.servers, 'servers')
  d.lookup('rails', ports.computePorts, 'ports/server', `${input.server.name}: ${ports.source}`)
  d.lookup('linkGbps', ports.computeGbps, 'Gb/s', `${input.server.name}: ${ports.source}`)
  d.lookup('switchNativePorts', sw.ports, 'ports', `${sw.name}: ${sw.source}`)
  d.lookup('switchPortGbps', sw.portGbps, 'Gb/s', `${sw.name}: ${sw.source}`)
  // A faster switch port splits into links of the server's speed (breakout, e.g. 400G → 2 × 200G).
  const k = d.formula(
    'switchPorts',
    'switchNativePorts * floor(switchPortGbps / linkGbps)',
    'ports'
  )
  d.input('oversubscription', input.oversubscription ?? 1, 'ratio')
  const managerPorts =
    input.fabricManagerPorts ?? (sw.fabric === 'infiniband' ? DEFAULT_FABRIC_MANAGER_PORTS_IB : 0)
  d.input(
    'fabricManagerPorts',
    managerPorts,
    'ports',
    input.fabricManagerPorts === undefined && sw.fabric === 'infiniband'
      ? FABRIC_MANAGER_SOURCE
      : undefined
  )
  const nodeLinks = d.formula('nodeLinks', 'servers * rails + fabricManagerPorts', 'links')

  // Converged option: a redundant pair while the ports fit on its down half. Each north–south
  // link takes one port of its own (no breakout), as in the Enterprise RA's converged pair.
  let pair: FabricSummary['leafPair']
  const leafDownFormula = () =>
    d.formula(
      'leafDownPorts',
      'floor(switchPorts * oversubscription / (oversubscription + 1))',
      'ports'
    )
  if (input.converged === true) {
    if (sw.fabric !== 'ethernet') {
      notes.push({
        key: 'cluster.notes.convergedNeedsEthernet',
        params: { group: input.groupName, switch: sw.name }
      })
    } else {
      leafDownFormula()
      d.formula('pairDownPorts', '2 * leafDownPorts', 'ports')
      const frontFits = ports.frontPorts > 0 && ports.frontGbps <= sw.portGbps
      if (frontFits) {
        d.lookup(
          'northSouthPorts',
          ports.frontPorts,
          'ports/server',
          `${input.server.name}: ${ports.source}`
        )
        d.formula('convergedLinks', 'nodeLinks + servers * northSouthPorts', 'links')
      }
      if (frontFits && d.value('convergedLinks') <= d.value('pairDownPorts')) pair = 'converged'
      else if (nodeLinks <= d.value('pairDownPorts')) pair = 'eastWest'
    }
  }

  let spines = 0
  let cores = 0
  let leafSpineLinks = 0
  let spineCoreLinks = 0
  let tiers = 1
  let leaves: number
  let leafGroups = 1
  let leavesPerGroup = 1
  let spineSw = sw
  if (pair !== undefined) {
    // The pair is the whole fabric: rails split over its two switches, no spines (the RA's
    // collapsed core, or its dedicated east–west leaf pair).
    leaves = d.lookup('leaves', 2, 'switches', CONVERGED_SOURCE, PAIR_RULE)
    leavesPerGroup = 2
    d.formula('serversPerLeafGroup', 'servers', 'servers')
    notes.push({
      key: pair === 'converged' ? 'cluster.notes.convergedPair' : 'cluster.notes.eastWestPair',
      params: {
        group: input.groupName,
        ports: d.value(pair === 'converged' ? 'convergedLinks' : 'nodeLinks'),
        pairPorts: d.value('pairDownPorts'),
        switch: sw.name
      }
    })
  } else if (nodeLinks <= k) {
    // Every port in use fits on one switch: a single non-blocking switch is the whole fabric
    // (rails meet on it; no uplinks, no spines). ceil(nodeLinks / switchPorts) = 1 here.
    leaves = d.formula('leaves', 'ceil(nodeLinks / switchPorts)', 'switches')
    d.formula('serversPerLeafGroup', 'servers', 'servers')
    notes.push({
      key: 'cluster.notes.singleSwitchFabric',
      params: { group: input.groupName, ports: nodeLinks, switchPorts: k, switch: sw.name }
    })
  } else {
    // The spine (and core) tier: the leaf switch unless the plan names another model; its
    // ports at the link speed (kS) bound every spine-side count below.
    spineSw = chooseSpine(network, input, sw, ports.computeGbps, notes)
    let kS = k
    let spinePorts = 'switchPorts'
    if (spineSw !== sw) {
      d.lookup(
        'spineSwitchNativePorts',
        spineSw.ports,
        'ports',
        `${spineSw.name}: ${spineSw.source}. ${SPINE_SWITCH_SOURCE}`
      )
      d.lookup(
        'spineSwitchPortGbps',
        spineSw.portGbps,
        'Gb/s',
        `${spineSw.name}: ${spineSw.source}`
      )
      kS = d.formula(
        'spineSwitchPorts',
        'spineSwitchNativePorts * floor(spineSwitchPortGbps / linkGbps)',
        'ports'
      )
      spinePorts = 'spineSwitchPorts'
    }
    if (!d.has('leafDownPorts')) leafDownFormula()
    d.formula('leafUpPorts', 'ceil(leafDownPorts / oversubscription)', 'ports')
    d.formula('endpointsPerRail', 'servers + ceil(fabricManagerPorts / rails)', 'ports')
    leafGroups = d.formula('leavesPerRail', 'ceil(endpointsPerRail / leafDownPorts)', 'switches')
    leavesPerGroup = d.value('rails')
    leaves = d.formula('leaves', 'rails * leavesPerRail', 'switches')
    d.formula('serversPerLeafGroup', 'leafDownPorts', 'servers')
    let downInUse: string
    if (leafGroups > 1) {
      // Several leaf groups (scalable units): every group is built whole, as the DGX SuperPOD
      // reference architectures build each SU, so the spine tier is the SU structure's.
      downInUse = 'leafDownPorts'
      d.formula('leafUplinks', 'leafUpPorts', 'links')
      notes.push({
        key: 'cluster.notes.fullLeafGroups',
        params: { group: input.groupName, groups: leafGroups }
      })
    } else {
      // One leaf group: each rail's leaf carries only the ports in use, so its uplinks are
      // sized for those (non-blocking: as many up as down; oversubscribed: down ÷ o).
      downInUse = 'endpointsPerRail'
      d.formula('leafUplinks', 'ceil(endpointsPerRail / oversubscription)', 'links')
      notes.push({
        key: 'cluster.notes.uplinksForPortsInUse',
        params: { group: input.groupName, ports: d.value('endpointsPerRail') }
      })
    }
    if (leaves <= kS) {
      tiers = 2
      d.formula('leafFreePorts', `switchPorts - ${downInUse}`, 'ports')
      d.formula('minimumSpines', `ceil(leaves * leafUplinks / ${spinePorts})`, 'switches')
      spines = d.lookup(
        'spines',
        fewestSpines(
          leaves,
          d.value('leafUplinks'),
          kS,
          d.value('leafFreePorts'),
          d.value('minimumSpines')
        ),
        'switches',
        SPINE_RULE_SOURCE,
        spineRuleFormula(spinePorts)
      )
      d.formula('linksPerLeafPerSpine', 'ceil(leafUplinks / spines)', 'links')
      leafSpineLinks = d.formula(
        'leafSpineLinks',
        'leaves * spines * linksPerLeafPerSpine',
        'links'
      )
    } else if (input.spinePlanes === true && leafGroups <= kS) {
      // Rail planes: the rails split into planes of as many whole rails as one spine tier
      // reaches; each plane is its own two-tier fabric (cross-plane traffic stays inside the
      // servers, as rails do). DGX SuperPOD B300 RA, Table 3: 8 SU → 128 leaves, 64 spines.
      tiers = 2
      d.formula('railsPerPlane', `min(rails, floor(${spinePorts} / leavesPerRail))`, 'rails')
      d.formula('spinePlanes', 'ceil(rails / railsPerPlane)', 'planes')
      d.formula('leavesPerPlane', 'railsPerPlane * leavesPerRail', 'switches')
      d.formula('leafFreePorts', `switchPorts - ${downInUse}`, 'ports')
      d.formula(
        'minimumSpinesPerPlane',
        `ceil(leavesPerPlane * leafUplinks / ${spinePorts})`,
        'switches'
      )
      d.lookup(
        'spinesPerPlane',
        fewestSpines(
          d.value('leavesPerPlane'),
          d.value('leafUplinks'),
          kS,
          d.value('leafFreePorts'),
          d.value('minimumSpinesPerPlane')
        ),
        'switches',
        `${SPINE_PLANES_SOURCE}. ${SPINE_RULE_SOURCE}`,
        spinePlaneRuleFormula(spinePorts)
      )
      spines = d.formula('spines', 'spinePlanes * spinesPerPlane', 'switches')
      d.formula('linksPerLeafPerSpine', 'ceil(leafUplinks / spinesPerPlane)', 'links')
      leafSpineLinks = d.formula(
        'leafSpineLinks',
        'leaves * spinesPerPlane * linksPerLeafPerSpine',
        'links'
      )
      notes.push({
        key: 'cluster.notes.spinePlanes',
        params: { group: input.groupName, planes: d.value('spinePlanes') }
      })
    } else {
      tiers = 3
      leafSpineLinks = d.formula('leafSpineLinks', 'leaves * leafUplinks', 'links')
      d.formula('spineDownPorts', `floor(${spinePorts} / 2)`, 'ports')
      spines = d.formula('spines', 'ceil(leafSpineLinks / spineDownPorts)', 'switches')
      spineCoreLinks = d.formula(
        'spineCoreLinks',
        `spines * (${spinePorts} - spineDownPorts)`,
        'links'
      )
      cores = d.formula('cores', `ceil(spineCoreLinks / ${spinePorts})`, 'switches')
      if (cores > kS)
        notes.push({ key: 'cluster.notes.beyondThreeTiers', params: { group: input.groupName } })
    }
  }
  d.formula(
    'fabricSwitches',
    tiers === 3 ? 'leaves + spines + cores' : tiers === 2 ? 'leaves + spines' : 'leaves',
    'switches'
  )

  const lineBase = `compute:${input.groupId}`
  const sectionId = lineBase
  const addSwitch = (
    spec: SwitchSpec,
    tier: string,
    role: PartRole,
    step: string,
    quantity: number
  ) =>
    quantity > 0 &&
    parts.push({
      lineId: `${lineBase}:${tier}`,
      partClass: 'switch',
      role,
      category: 'network',
      partId: spec.id,
      name: spec.name,
      section: sectionId,
      step,
      quantity,
      ...(spec.price ? { price: spec.price } : {})
    })
  addSwitch(sw, 'leaf', 'computeLeaf', 'leaves', leaves)
  addSwitch(spineSw, 'spine', 'computeSpine', 'spines', spines)
  addSwitch(spineSw, 'core', 'computeCore', 'cores', cores)

  // ---- reach classes (rack layout rule, docs/methodology.md)
  d.input('serversPerRack', input.serversPerRack, 'servers/rack')
  const nodeReach: ReachClass =
    input.servers <= input.serversPerRack && leaves <= 1 ? 'rack' : 'row'
  const upperReach: ReachClass = leaves <= d.value('rails') ? 'row' : 'hall'
  const serverCage = ports.computePortsPerCage
  addLinks(d, network, parts, {
    lineBase: `${lineBase}:node-leaf`,
    role: 'computeNodeLeafLinks',
    section: sectionId,
    linksStep: 'nodeLinks',
    reach: nodeReach,
    gbps: ports.computeGbps,
    ends: [
      { name: 'serverEnd', cage: serverCage, linksExpr: 'servers * rails' },
      { name: 'managerEnd', cage: 1, linksExpr: 'fabricManagerPorts' },
      {
        name: 'leafDownEnd',
        cage: sw.portsPerCage * Math.floor(sw.portGbps / ports.computeGbps),
        linksExpr: 'nodeLinks'
      }
    ]
  })
  if (leafSpineLinks > 0)
    addLinks(d, network, parts, {
      lineBase: `${lineBase}:leaf-spine`,
      role: 'computeLeafSpineLinks',
      section: sectionId,
      linksStep: 'leafSpineLinks',
      reach: upperReach,
      gbps: ports.computeGbps,
      // Both ends alike when leaf and spine share a cage size; else each end by its own cage.
      ends:
        spineSw.portsPerCage === sw.portsPerCage
          ? [{ name: 'leafSpineEnds', cage: sw.portsPerCage, linksExpr: '2 * leafSpineLinks' }]
          : [
              { name: 'leafUpEnds', cage: sw.portsPerCage, linksExpr: 'leafSpineLinks' },
              { name: 'spineDownEnds', cage: spineSw.portsPerCage, linksExpr: 'leafSpineLinks' }
            ]
    })
  if (pair === 'converged') {
    // The servers' north–south ports, on the converged pair instead of the front-end network.
    d.lookup('northSouthGbps', ports.frontGbps, 'Gb/s', `${input.server.name}: ${ports.source}`)
    d.formula('northSouthLinks', 'servers * northSouthPorts', 'links')
    d.formula('pairFreePorts', '2 * switchPorts - convergedLinks', 'ports')
    addLinks(d, network, parts, {
      lineBase: `${lineBase}:ns-node-leaf`,
      role: 'northSouthNodeLeafLinks',
      section: sectionId,
      linksStep: 'northSouthLinks',
      reach: nodeReach,
      gbps: ports.frontGbps,
      ends: [
        { name: 'nodeEnd', cage: 1, linksExpr: 'northSouthLinks' },
        // One link per switch port (no breakout): a twin-port cage holds two of them.
        { name: 'leafEnd', cage: sw.portsPerCage, linksExpr: 'northSouthLinks' }
      ]
    })
  }
  if (spineCoreLinks > 0)
    addLinks(d, network, parts, {
      lineBase: `${lineBase}:spine-core`,
      role: 'computeSpineCoreLinks',
      section: sectionId,
      linksStep: 'spineCoreLinks',
      reach: 'hall',
      gbps: ports.computeGbps,
      ends: [{ name: 'spineCoreEnds', cage: spineSw.portsPerCage, linksExpr: '2 * spineCoreLinks' }]
    })

  return section({
    tiers,
    rails: d.value('rails'),
    leaves,
    spines,
    cores,
    switchId: sw.id,
    switchName: sw.name,
    ...(spines > 0 ? { spineSwitchId: spineSw.id, spineSwitchName: spineSw.name } : {}),
    nodeLinks,
    leafSpineLinks,
    spineCoreLinks,
    serversPerLeafGroup: d.value('serversPerLeafGroup'),
    leafGroups,
    leavesPerGroup,
    ...(pair !== undefined ? { leafPair: pair } : {}),
    ...(pair === 'converged'
      ? { northSouthLinks: d.value('northSouthLinks'), pairFreePorts: d.value('pairFreePorts') }
      : {})
  })
}

interface LinkSpec {
  lineBase: string
  /** What the links join (compute node–leaf, north–south leaf–spine…). */
  role: PartRole
  section: string
  linksStep: string
  reach: ReachClass
  gbps: number
  /** Each kind of link end: how many links end there (an expression) and its cage size. */
  ends: { name: string; cage: number; linksExpr: string }[]
}

/** Cables (one per link) and transceivers (per end, by cage) for one tier of links. */
export function addLinks(
  d: Derivation,
  network: NetworkCatalog,
  parts: PartCount[],
  spec: LinkSpec
): void {
  const cable = cableFor(network, spec.reach, spec.gbps)
  const cableStep = `${spec.linksStep}Cables`
  const cables = d.formula(cableStep, spec.linksStep, 'cables')
  if (cables > 0)
    parts.push({
      lineId: `${spec.lineBase}:cable`,
      partClass: 'cable',
      role: spec.role,
      category: 'network',
      ...(cable ? { partId: cable.id } : {}),
      name: cable ? `${cable.name} — ${spec.gbps}G` : `cable ${spec.gbps}G (${spec.reach})`,
      section: spec.section,
      step: cableStep,
      quantity: cables,
      ...(cable?.price ? { price: cable.price } : {})
    })
  if (!needsTransceivers(spec.reach, spec.gbps)) return
  const byPart = new Map<
    string,
    { steps: string[]; name: string; partId?: string; quantity: number }
  >()
  for (const end of spec.ends) {
    const transceiver = transceiverFor(network, spec.reach, spec.gbps, end.cage)
    const perModule = transceiver?.ports ?? 1
    const step = `${spec.linksStep}${end.name[0].toUpperCase()}${end.name.slice(1)}Transceivers`
    const quantity = d.formula(step, `ceil((${end.linksExpr}) / ${perModule})`, 'transceivers')
    if (quantity === 0) continue
    const key = transceiver?.id ?? `need-${spec.gbps}-${spec.reach}-${end.cage}`
    const entry = byPart.get(key) ?? {
      steps: [],
      name: transceiver?.name ?? `transceiver ${spec.gbps}G (${spec.reach})`,
      ...(transceiver ? { partId: transceiver.id } : {}),
      quantity: 0
    }
    entry.steps.push(step)
    entry.quantity += quantity
    byPart.set(key, entry)
  }
  let merged = 0
  for (const [key, entry] of byPart) {
    let step = entry.steps[0]
    if (entry.steps.length > 1) {
      merged++
      step = `${spec.linksStep}Transceivers${byPart.size > 1 ? merged : ''}`
      d.formula(step, entry.steps.join(' + '), 'transceivers')
    }
    const transceiver = entry.partId
      ? network.transceivers.find((t) => t.id === entry.partId)
      : undefined
    parts.push({
      lineId: `${spec.lineBase}:${key}`,
      partClass: 'transceiver',
      role: spec.role,
      category: 'network',
      ...(entry.partId ? { partId: entry.partId } : {}),
      name: entry.name,
      section: spec.section,
      step,
      quantity: entry.quantity,
      ...(transceiver?.price ? { price: transceiver.price } : {})
    })
  }
}
