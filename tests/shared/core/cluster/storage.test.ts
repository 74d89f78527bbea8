/**
 * core/cluster/storage.ts on a hand-made storage class (100 TB usable, 10 GB/s write, 20 GB/s
 * read) so each count can be worked by hand from the formulas in the module header.
 */
import { describe, expect, it } from 'vitest'
import { STORAGE_DEFAULTS, sizeStorage } from '../../../../src/shared/core/cluster/storage'
import {
  defaultNetworkCatalog,
  type NetworkCatalog,
  type StorageClassSpec
} from '../../../../src/shared/core/cluster/network-catalog'

const unit: StorageClassSpec = {
  id: 'test-nas',
  name: 'Test NAS',
  usableTB: 100,
  readGBps: 20,
  writeGBps: 10,
  rackUnits: 2,
  powerW: 1000,
  frontPorts: 2,
  frontGbps: 100,
  price: { amount: 1000, currency: 'USD' },
  source: 'test'
}
const other: StorageClassSpec = { ...unit, id: 'other-nas', name: 'Other NAS', usableTB: 1 }
const network = { ...defaultNetworkCatalog(), storageClasses: [unit, other] } as NetworkCatalog

const step = (section: ReturnType<typeof sizeStorage>, id: string) =>
  section.steps.find((s) => s.id === id)?.value
/** An input or assumption as a step that uses it shows it. */
const input = (section: ReturnType<typeof sizeStorage>, ref: string) =>
  section.steps.flatMap((s) => s.inputs).find((i) => i.ref === ref)

describe('sizeStorage', () => {
  it('no training job and no datasets: no storage, and a note saying so', () => {
    const section = sizeStorage(network, { checkpoints: [], trainingServers: 0 })
    expect(section.units).toBe(0)
    expect(section.storageClass).toBeNull()
    expect(section.parts).toEqual([])
    expect(section.notes.map((n) => n.key)).toEqual(['cluster.notes.noStorageNeeded'])
  })

  it('capacity-bound: checkpoints × kept + datasets', () => {
    // 70e9 params × 16 B = 1,120 GB per checkpoint; × 3 kept = 3,360 GB = 3.36 TB; + 500 TB of
    // data = 503.36 TB → ceil(503.36 / 100) = 6 units. Write 1,120 / 300 = 3.7 GB/s → 1 unit;
    // read 4 servers × 4 GB/s = 16 GB/s → 1 unit.
    const section = sizeStorage(network, {
      checkpoints: [{ workloadId: 'a', params: 70e9, bytesPerParam: 16 }],
      trainingServers: 4,
      datasetsTB: 500,
      checkpointsKept: 3,
      checkpointWriteSeconds: 300,
      readGBpsPerServer: 4
    })
    expect(step(section, 'checkpointGB')).toBeCloseTo(1120, 9)
    expect(step(section, 'capacityTB')).toBeCloseTo(503.36, 9)
    expect(section.units).toBe(6)
  })

  it('read-bound: servers × per-server read over the unit’s read rate', () => {
    // 64 servers × 4 GB/s = 256 GB/s ÷ 20 = 12.8 → 13 units (capacity: 1 unit).
    const section = sizeStorage(network, {
      checkpoints: [{ workloadId: 'a', params: 7e9, bytesPerParam: 16 }],
      trainingServers: 64,
      readGBpsPerServer: 4
    })
    expect(step(section, 'readGBps')).toBe(256)
    expect(section.units).toBe(13)
  })

  it('write-bound: the largest checkpoint within the write window', () => {
    // 405e9 × 16 B = 6,480 GB in 60 s = 108 GB/s ÷ 10 = 10.8 → 11 units; capacity with one
    // kept: 6.48 TB → 1 unit; read 1 × 1 = 1 GB/s → 1 unit.
    const section = sizeStorage(network, {
      checkpoints: [{ workloadId: 'big', params: 405e9, bytesPerParam: 16 }],
      trainingServers: 1,
      checkpointsKept: 1,
      checkpointWriteSeconds: 60,
      readGBpsPerServer: 1
    })
    expect(step(section, 'writeGBps')).toBeCloseTo(108, 9)
    expect(section.units).toBe(11)
  })

  it('the largest job sets the write size; every job’s checkpoints count for capacity', () => {
    const section = sizeStorage(network, {
      checkpoints: [
        { workloadId: 'small', params: 1e9, bytesPerParam: 16 },
        { workloadId: 'large', params: 10e9, bytesPerParam: 16 }
      ],
      trainingServers: 1,
      checkpointsKept: 2
    })
    expect(step(section, 'checkpointGB')).toBeCloseTo(160, 9)
    // (16 + 160) GB × 2 kept = 352 GB = 0.352 TB
    expect(step(section, 'capacityTB')).toBeCloseTo(0.352, 9)
    expect(section.units).toBe(1) // never less than one unit
  })

  it('datasets alone still buy storage, with checkpoint size 0', () => {
    const section = sizeStorage(network, { checkpoints: [], trainingServers: 0, datasetsTB: 250 })
    expect(input(section, 'checkpointGB')?.value).toBe(0)
    expect(section.units).toBe(3) // ceil(250 / 100)
  })

  it('unset figures are the sourced planner defaults, shown as assumptions', () => {
    const section = sizeStorage(network, {
      checkpoints: [{ workloadId: 'a', params: 1e9, bytesPerParam: 16 }],
      trainingServers: 2
    })
    for (const key of ['checkpointsKept', 'checkpointWriteSeconds', 'readGBpsPerServer'] as const)
      expect(input(section, key), key).toMatchObject({
        value: STORAGE_DEFAULTS[key].value,
        source: STORAGE_DEFAULTS[key].source
      })
    expect(step(section, 'readGBps')).toBe(2 * STORAGE_DEFAULTS.readGBpsPerServer.value)
  })

  it('the chosen class is used; an unknown one falls back to the first, with a note', () => {
    const input = {
      checkpoints: [{ workloadId: 'a', params: 1e9, bytesPerParam: 16 }],
      trainingServers: 1
    }
    expect(sizeStorage(network, { ...input, storageClass: 'other-nas' }).storageClass?.id).toBe(
      'other-nas'
    )
    const unknown = sizeStorage(network, { ...input, storageClass: 'gone' })
    expect(unknown.storageClass?.id).toBe('test-nas')
    expect(unknown.notes).toEqual([
      { key: 'cluster.notes.unknownStorageClass', params: { id: 'gone' } }
    ])
  })

  it('one bill-of-materials line: the class, its price, the step that counts it', () => {
    const section = sizeStorage(network, { checkpoints: [], trainingServers: 0, datasetsTB: 1 })
    expect(section.parts).toEqual([
      {
        lineId: 'storage:test-nas',
        partClass: 'storage',
        role: 'storage',
        category: 'storage',
        partId: 'test-nas',
        name: 'Test NAS',
        section: 'storage',
        step: 'storageUnits',
        quantity: 1,
        price: unit.price
      }
    ])
  })

  it('without recording it still counts the same', () => {
    const input = { checkpoints: [], trainingServers: 0, datasetsTB: 250 }
    const quiet = sizeStorage(network, input, false)
    expect(quiet.units).toBe(3)
    expect(quiet.steps).toEqual([])
  })
})
