/**
 * The whole cluster behind the accelerator groups, in one direction (DESIGN.md): servers →
 * compute fabric per group → north–south and out-of-band networks → storage → management
 * nodes → racks, PDUs, cooling, floor positions. Each step is its own pure module with its
 * own derivation section; this module only wires their inputs and outputs together.
 */
import type { ClusterOptions } from '../../schema/cluster'
import type { Catalog } from '../catalog'
import type { WorkloadEstimate } from '../estimate'
import type { AcceleratorGroup } from '../rollup'
import type { Note } from '../workloads/context'
import { sizeFrontEnd, sizeOutOfBand, type ConvergedPair, type FrontEndpoint } from './access'
import { sizeComputeFabric, type FabricSection, type FabricSummary } from './fabric'
import {
  sizeComputeRacks,
  sizeManagementNodes,
  sizeSupportRacks,
  type RackPlan,
  type SupportEquipment
} from './facility'
import { defaultNetworkCatalog, type NetworkCatalog } from './network-catalog'
import type { PartCount, SizingSection } from './parts'
import { sizeStorage, type CheckpointDemand } from './storage'

export type { PartCount, SizingSection, PartClass, PartRole, CostCategory } from './parts'
export { PART_CLASSES, PART_ROLES, COST_CATEGORIES } from './parts'
export type { FabricSummary } from './fabric'

export interface ClusterGroupSummary {
  acceleratorId: string
  fabric: FabricSummary
  fabricReason: 'training' | 'multiServerReplica' | 'none'
  racks: number
  serversPerRack: number
  rackKW: number | null
  cooling: 'air' | 'liquid' | null
}

export interface ClusterResult {
  sections: SizingSection[]
  parts: PartCount[]
  groups: ClusterGroupSummary[]
  networkSwitches: number
  storageUnits: number
  managementNodes: number
  racks: number
  floorPositions: number
  /** Switches, storage and management nodes (accelerator servers are in the groups). */
  infrastructurePowerKW: number
  notes: Note[]
}

const TRAINING_KINDS = new Set(['llm-training', 'vision-training', 'custom', 'llm-finetuning'])

function fabricReason(
  group: AcceleratorGroup,
  workloads: readonly WorkloadEstimate[]
): ClusterGroupSummary['fabricReason'] {
  const members = workloads.filter((w) => group.workloadIds.includes(w.id))
  if (members.some((w) => TRAINING_KINDS.has(w.kind))) return 'training'
  const perServer = group.server.acceleratorsPerServer
  if (
    members.some((w) => {
      const perReplica = (w.result as { acceleratorsPerReplica?: number }).acceleratorsPerReplica
      return perReplica !== undefined && perReplica > perServer
    })
  )
    return 'multiServerReplica'
  return 'none'
}

function stepValue(
  steps: readonly { id: string; value: number }[],
  id: string
): number | undefined {
  return steps.find((s) => s.id === id)?.value
}

function checkpointDemand(w: WorkloadEstimate): CheckpointDemand | undefined {
  if (w.kind !== 'llm-training' && w.kind !== ('llm-finetuning' as string)) return undefined
  const steps = w.result.steps
  const params = stepValue(steps, 'params')
  const weights = stepValue(steps, 'weightBytesPerParam')
  const optimizer = stepValue(steps, 'optimizerBytesPerParam')
  if (params === undefined || weights === undefined) return undefined
  return { workloadId: w.id, params, bytesPerParam: weights + (optimizer ?? 0) }
}

export interface ClusterInput {
  groups: readonly AcceleratorGroup[]
  workloads: readonly WorkloadEstimate[]
  catalog: Catalog
  rackPowerLimitKW: number
  options?: ClusterOptions
  network?: NetworkCatalog
  record?: boolean
}

export function sizeCluster(input: ClusterInput): ClusterResult {
  const network = input.network ?? defaultNetworkCatalog()
  const options = input.options ?? {}
  const record = input.record ?? true
  const sections: SizingSection[] = []
  const summaries: ClusterGroupSummary[] = []
  const fabrics: FabricSection[] = []
  const rackPlans: RackPlan[] = []

  for (const group of input.groups) {
    const server = input.catalog.servers.get(group.server.id)
    if (!server) continue
    const serverPowerKW = stepValue(group.steps, 'serverPowerKW') ?? null
    const racks = sizeComputeRacks(
      network,
      {
        groupId: group.acceleratorId,
        groupName: group.acceleratorName,
        servers: group.servers,
        server,
        serverPowerKW
      },
      input.rackPowerLimitKW,
      options.liquidCoolingAboveKW,
      record
    )
    const reason = fabricReason(group, input.workloads)
    const fabric = sizeComputeFabric(
      network,
      {
        groupId: group.acceleratorId,
        groupName: group.acceleratorName,
        servers: group.servers,
        server,
        serversPerRack: racks.serversPerRack,
        need: { reason },
        ...(options.computeSwitch !== undefined ? { switchId: options.computeSwitch } : {}),
        ...(options.computeSpineSwitch !== undefined
          ? { spineSwitchId: options.computeSpineSwitch }
          : {}),
        ...(options.oversubscription !== undefined
          ? { oversubscription: options.oversubscription }
          : {}),
        ...(options.fabricManagerPorts !== undefined
          ? { fabricManagerPorts: options.fabricManagerPorts }
          : {}),
        ...(options.spinePlanes !== undefined ? { spinePlanes: options.spinePlanes } : {}),
        ...(options.convergedFabric !== undefined ? { converged: options.convergedFabric } : {})
      },
      record
    )
    fabrics.push(fabric)
    rackPlans.push(racks)
    sections.push(fabric, racks)
    summaries.push({
      acceleratorId: group.acceleratorId,
      fabric: fabric.fabric,
      fabricReason: reason,
      racks: racks.racks,
      serversPerRack: racks.serversPerRack,
      rackKW: racks.rackKW,
      cooling: racks.cooling
    })
  }

  const acceleratorServers = input.groups.reduce((s, g) => s + g.servers, 0)
  const trainingGroups = summaries.filter((s) => s.fabricReason === 'training')
  const trainingServers = input.groups
    .filter((g) => trainingGroups.some((t) => t.acceleratorId === g.acceleratorId))
    .reduce((s, g) => s + g.servers, 0)

  const storage = sizeStorage(
    network,
    {
      checkpoints: input.workloads.flatMap((w) => checkpointDemand(w) ?? []),
      trainingServers,
      ...(options.storageClass !== undefined ? { storageClass: options.storageClass } : {}),
      ...(options.datasetsTB !== undefined ? { datasetsTB: options.datasetsTB } : {}),
      ...(options.checkpointsKept !== undefined
        ? { checkpointsKept: options.checkpointsKept }
        : {}),
      ...(options.checkpointWriteSeconds !== undefined
        ? { checkpointWriteSeconds: options.checkpointWriteSeconds }
        : {}),
      ...(options.readGBpsPerServer !== undefined
        ? { readGBpsPerServer: options.readGBpsPerServer }
        : {})
    },
    record
  )
  const management = sizeManagementNodes(
    network,
    acceleratorServers,
    trainingServers > 0,
    {
      ...(options.managementNodes !== undefined
        ? { managementNodes: options.managementNodes }
        : {}),
      ...(options.loginNodes !== undefined ? { loginNodes: options.loginNodes } : {})
    },
    record
  )

  // North–south: every accelerator server, storage unit and management node; a group whose
  // converged pair carries its servers' north–south ports is counted there instead.
  const endpoints: FrontEndpoint[] = input.groups.flatMap((g, i) => {
    const ports = input.catalog.servers.get(g.server.id)?.network
    const converged = summaries.some(
      (s) => s.acceleratorId === g.acceleratorId && s.fabric.leafPair === 'converged'
    )
    return ports && !converged
      ? [
          {
            id: `group${i + 1}Servers`,
            nodes: g.servers,
            ports: ports.frontPorts,
            gbps: ports.frontGbps
          }
        ]
      : []
  })
  if (storage.storageClass)
    endpoints.push({
      id: 'storageUnits',
      nodes: storage.units,
      ports: storage.storageClass.frontPorts,
      gbps: storage.storageClass.frontGbps
    })
  endpoints.push({
    id: 'managementNodes',
    nodes: management.nodes,
    ports: management.spec.frontPorts,
    gbps: management.spec.frontGbps
  })
  // Storage and management nodes join the first converged pair when its free ports take them.
  const pairGroup = summaries.find((s) => s.fabric.leafPair === 'converged')
  const pairSwitch = network.switches.find((s) => s.id === pairGroup?.fabric.switchId)
  const convergedPair: ConvergedPair | undefined =
    pairGroup && pairSwitch
      ? {
          group:
            input.groups.find((g) => g.acceleratorId === pairGroup.acceleratorId)
              ?.acceleratorName ?? pairGroup.acceleratorId,
          switch: pairSwitch,
          freePorts: pairGroup.fabric.pairFreePorts ?? 0
        }
      : undefined
  // A single server with nothing else needs no switch of its own: it joins the site network.
  const needsFrontEnd = acceleratorServers + storage.units + management.nodes > 1
  const front = needsFrontEnd
    ? sizeFrontEnd(
        network,
        endpoints,
        options.frontSwitch,
        record,
        options.convergedFabric === true,
        convergedPair
      )
    : {
        id: 'frontend',
        titleKey: 'cluster.sections.frontend',
        steps: [],
        parts: [],
        notes: [],
        switches: 0
      }

  const computeSwitchParts = fabrics.flatMap((f) => f.parts.filter((p) => p.partClass === 'switch'))
  const switchSpec = (id: string | undefined) => network.switches.find((s) => s.id === id)
  const equipment: SupportEquipment[] = []
  let networkRackUnits = 0
  let networkPowerW = 0
  const networkSources = new Set<string>()
  for (const part of [
    ...computeSwitchParts,
    ...front.parts.filter((p) => p.partClass === 'switch')
  ]) {
    const spec = switchSpec(part.partId)
    if (!spec) continue
    networkRackUnits += part.quantity * spec.rackUnits
    networkPowerW += part.quantity * spec.powerW
    networkSources.add(`${spec.name}: ${spec.rackUnits}U, ${spec.powerW} W`)
  }
  if (networkRackUnits > 0)
    equipment.push({
      id: 'network',
      count: 1,
      rackUnits: networkRackUnits,
      powerW: networkPowerW,
      source: `Σ switches × (rack units, power): ${[...networkSources].join('; ')}`
    })
  if (storage.storageClass && storage.units > 0)
    equipment.push({
      id: 'storageUnit',
      count: storage.units,
      rackUnits: storage.storageClass.rackUnits,
      powerW: storage.storageClass.powerW,
      source: `${storage.storageClass.name}: ${storage.storageClass.source}`
    })
  if (management.nodes > 0)
    equipment.push({
      id: 'managementNode',
      count: management.nodes,
      rackUnits: management.spec.rackUnits,
      powerW: management.spec.powerW,
      source: `${management.spec.name}: ${management.spec.source}`
    })
  const support = sizeSupportRacks(network, equipment, input.rackPowerLimitKW, record)

  const computeRacks = rackPlans.reduce((s, r) => s + r.racks, 0)
  const pdus = [...rackPlans, support].flatMap((r) => r.parts.filter((p) => p.partClass === 'pdu'))
  const switchesBeforeOob = computeSwitchParts.reduce((s, p) => s + p.quantity, 0) + front.switches
  const preferVendor = input.groups
    .map((g) => input.catalog.servers.get(g.server.id)?.network?.computeSwitch)
    .map((id) => switchSpec(id)?.vendor)
    .find((v) => v !== undefined)
  const oob =
    acceleratorServers > 1 || switchesBeforeOob > 0
      ? sizeOutOfBand(
          network,
          [
            { id: 'acceleratorServers', count: acceleratorServers },
            { id: 'storageUnits', count: storage.units },
            { id: 'managementNodes', count: management.nodes },
            { id: 'switches', count: switchesBeforeOob },
            { id: 'pdus', count: pdus.reduce((s, p) => s + p.quantity, 0) }
          ],
          options.oobSwitch,
          preferVendor,
          record
        )
      : {
          id: 'oob',
          titleKey: 'cluster.sections.oob',
          steps: [],
          parts: [],
          notes: [],
          switches: 0
        }
  const oobSwitch = network.switches.find((s) => oob.parts[0]?.partId === s.id)
  const oobPowerKW = oobSwitch ? (oob.switches * oobSwitch.powerW) / 1000 : 0

  sections.push(front, oob, storage, management, support)
  const all = sections.filter((s) => s.steps.length > 0 || s.parts.length > 0 || s.notes.length > 0)
  const racks = computeRacks + support.racks
  return {
    sections: all,
    parts: all.flatMap((s) => s.parts),
    groups: summaries,
    networkSwitches: switchesBeforeOob + oob.switches,
    storageUnits: storage.units,
    managementNodes: management.nodes,
    racks,
    // One floor position per rack (the OOB switches sit in the racks' reserved units).
    floorPositions: racks,
    infrastructurePowerKW: support.powerKW + oobPowerKW,
    notes: all.flatMap((s) => s.notes)
  }
}
