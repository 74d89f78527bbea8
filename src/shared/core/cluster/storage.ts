/**
 * Shared storage, in units of a storage class the planner picks (docs/methodology.md,
 * "Storage"):
 *   checkpointGB   = params × (weight bytes + optimizer bytes) / 1e9   (largest training job)
 *   capacityTB     = Σ checkpointGB × checkpointsKept / 1000 + datasetsTB
 *   writeGBps      = largest checkpointGB / checkpointWriteSeconds
 *   readGBps       = training servers × readGBpsPerServer
 *   units          = max(ceil(capacityTB / usableTB), ceil(writeGBps / unitWrite), ceil(readGBps / unitRead))
 */
import { Derivation } from '../derivation'
import type { Note } from '../workloads/context'
import { byId, type NetworkCatalog, type StorageClassSpec } from './network-catalog'
import type { PartCount, SizingSection } from './parts'

export interface CheckpointDemand {
  workloadId: string
  params: number
  /** Weight + optimizer-state bytes per parameter (what a full checkpoint holds). */
  bytesPerParam: number
}

export interface StorageInput {
  checkpoints: CheckpointDemand[]
  trainingServers: number
  storageClass?: string
  datasetsTB?: number
  checkpointsKept?: number
  checkpointWriteSeconds?: number
  readGBpsPerServer?: number
}

export interface StorageSection extends SizingSection {
  units: number
  storageClass: StorageClassSpec | null
}

export const STORAGE_DEFAULTS = {
  checkpointsKept: {
    value: 3,
    source:
      'Planner default: keep the last three full checkpoints (roll back past one corrupted save); edit to your retention policy'
  },
  checkpointWriteSeconds: {
    value: 300,
    source:
      'Planner default: write a full checkpoint within 5 minutes so that saving every hour costs under 10 % of training time; edit to your target'
  },
  readGBpsPerServer: {
    value: 4,
    source:
      'Planner default of 4 GB/s per 8-accelerator server; NVIDIA DGX SuperPOD storage guidance lists per-node read targets from a few GB/s up to 40 GB/s by workload; edit to yours'
  }
} as const

export function sizeStorage(
  network: NetworkCatalog,
  input: StorageInput,
  record = true
): StorageSection {
  const d = new Derivation(record, 'cluster.steps')
  const notes: Note[] = []
  const parts: PartCount[] = []
  const result = (units: number, storageClass: StorageClassSpec | null): StorageSection => ({
    id: 'storage',
    titleKey: 'cluster.sections.storage',
    steps: d.steps,
    parts,
    notes,
    units,
    storageClass
  })
  const datasetsTB = input.datasetsTB ?? 0
  if (input.checkpoints.length === 0 && datasetsTB === 0) {
    notes.push({ key: 'cluster.notes.noStorageNeeded', params: {} })
    return result(0, null)
  }
  const unit =
    (input.storageClass ? byId(network.storageClasses, input.storageClass) : undefined) ??
    network.storageClasses[0]
  if (input.storageClass && unit.id !== input.storageClass)
    notes.push({ key: 'cluster.notes.unknownStorageClass', params: { id: input.storageClass } })

  const given = <K extends keyof typeof STORAGE_DEFAULTS>(key: K, value: number | undefined) =>
    value === undefined
      ? d.assumption(key, STORAGE_DEFAULTS[key].value, unitOf(key), STORAGE_DEFAULTS[key].source)
      : d.input(key, value, unitOf(key))

  // The largest training job sets the checkpoint size and the write rate.
  const largest = input.checkpoints.reduce<CheckpointDemand | undefined>(
    (best, c) =>
      best === undefined || c.params * c.bytesPerParam > best.params * best.bytesPerParam
        ? c
        : best,
    undefined
  )
  if (largest) {
    d.input('checkpointParams', largest.params, 'params')
    d.input('checkpointBytesPerParam', largest.bytesPerParam, 'bytes/param')
    d.formula('checkpointGB', 'checkpointParams * checkpointBytesPerParam / 1e9', 'GB')
    d.input('trainingJobs', input.checkpoints.length, 'jobs')
  } else {
    d.input('checkpointGB', 0, 'GB')
    d.input('trainingJobs', 0, 'jobs')
  }
  given('checkpointsKept', input.checkpointsKept)
  d.input('datasetsTB', datasetsTB, 'TB')
  // Every training job keeps its own checkpoints; bounded above by jobs × the largest one.
  const total = input.checkpoints.reduce((s, c) => s + (c.params * c.bytesPerParam) / 1e9, 0)
  d.lookup(
    'allCheckpointsGB',
    total,
    'GB',
    'Σ over training workloads of params × bytes/param / 1e9',
    'Σ checkpointGB over training workloads'
  )
  d.formula('capacityTB', 'allCheckpointsGB * checkpointsKept / 1000 + datasetsTB', 'TB')
  given('checkpointWriteSeconds', input.checkpointWriteSeconds)
  d.formula('writeGBps', 'checkpointGB / checkpointWriteSeconds', 'GB/s')
  d.input('trainingServers', input.trainingServers, 'servers')
  given('readGBpsPerServer', input.readGBpsPerServer)
  d.formula('readGBps', 'trainingServers * readGBpsPerServer', 'GB/s')
  d.lookup('unitUsableTB', unit.usableTB, 'TB', `${unit.name}: ${unit.source}`)
  d.lookup('unitWriteGBps', unit.writeGBps, 'GB/s', `${unit.name}: ${unit.source}`)
  d.lookup('unitReadGBps', unit.readGBps, 'GB/s', `${unit.name}: ${unit.source}`)
  const units = d.formula(
    'storageUnits',
    'max(1, ceil(capacityTB / unitUsableTB), ceil(writeGBps / unitWriteGBps), ceil(readGBps / unitReadGBps))',
    'units'
  )
  parts.push({
    lineId: `storage:${unit.id}`,
    partClass: 'storage',
    role: 'storage',
    category: 'storage',
    partId: unit.id,
    name: unit.name,
    section: 'storage',
    step: 'storageUnits',
    quantity: units,
    ...(unit.price ? { price: unit.price } : {})
  })
  return result(units, unit)
}

function unitOf(key: keyof typeof STORAGE_DEFAULTS): string {
  return key === 'checkpointsKept' ? 'checkpoints' : key === 'checkpointWriteSeconds' ? 's' : 'GB/s'
}
