/**
 * core/cluster/index.ts (sizeCluster): how the sizing modules are wired. The sizing figures
 * of each module are in their own test files; the whole-cluster figures of a training plan
 * in tests/shared/cluster/plan.test.ts. Groups come from a real estimate of a custom
 * (training-class) workload on H100 servers.
 */
import { describe, expect, it } from 'vitest'
import { sizeCluster } from '../../../../src/shared/core/cluster'
import { defaultCatalog } from '../../../../src/shared/core/catalog'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { plan } from '../helpers'

const catalog = defaultCatalog()
const CARD = 'nvidia-h100-sxm5-80gb'

function groupsFor(accelerators: number) {
  const result = estimatePlan(
    plan([{ id: 'c', kind: 'custom', accelerator: CARD, totalFlops: 1e21, accelerators }], {
      settings: { cluster: { enabled: false } }
    })
  )
  if (!result.ok || !result.totals) throw new Error(JSON.stringify(result.issues))
  return { groups: result.totals.byAccelerator, workloads: result.workloads }
}

const many = groupsFor(64)
const one = groupsFor(8)

describe('sizeCluster', () => {
  it('one server alone joins the site network: no front-end or out-of-band switch', () => {
    expect(one.groups[0].servers).toBe(1)
    const cluster = sizeCluster({ ...one, catalog, rackPowerLimitKW: 40 })
    expect(cluster.networkSwitches).toBe(0)
    expect(cluster.managementNodes).toBe(0)
    expect(cluster.sections.map((s) => s.id)).not.toContain('frontend')
    expect(cluster.sections.map((s) => s.id)).not.toContain('oob')
  })

  it('a training-class group gets a fabric, and the cluster its management and login nodes', () => {
    const cluster = sizeCluster({ ...many, catalog, rackPowerLimitKW: 40 })
    expect(cluster.groups[0].fabricReason).toBe('training')
    expect(cluster.managementNodes).toBeGreaterThan(0)
  })

  it('totals agree with the parts and sections they sum', () => {
    const cluster = sizeCluster({ ...many, catalog, rackPowerLimitKW: 40 })
    const switches = cluster.parts
      .filter((p) => p.partClass === 'switch')
      .reduce((s, p) => s + p.quantity, 0)
    expect(cluster.networkSwitches).toBe(switches)
    const racks = cluster.parts
      .filter((p) => p.partClass === 'rack')
      .reduce((s, p) => s + p.quantity, 0)
    expect(cluster.racks).toBe(racks)
    expect(cluster.floorPositions).toBe(cluster.racks)
    expect(cluster.parts).toEqual(cluster.sections.flatMap((s) => s.parts))
    expect(cluster.notes).toEqual(cluster.sections.flatMap((s) => s.notes))
  })

  it('every part’s quantity is the value of the step it names in its section', () => {
    const cluster = sizeCluster({ ...many, catalog, rackPowerLimitKW: 40 })
    let checked = 0
    for (const part of cluster.parts) {
      const section = cluster.sections.find((s) => s.id === part.section)
      const step = section?.steps.find((s) => s.id === part.step)
      expect(step, part.lineId).toBeDefined()
      expect(step?.value, part.lineId).toBe(part.quantity)
      checked++
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('options reach the modules: datasets buy storage, management counts are the planner’s', () => {
    const cluster = sizeCluster({
      ...many,
      catalog,
      rackPowerLimitKW: 40,
      options: { datasetsTB: 1000, managementNodes: 4, loginNodes: 0 }
    })
    expect(cluster.storageUnits).toBeGreaterThan(0)
    expect(cluster.managementNodes).toBe(4)
  })

  it('a lower rack power limit never needs fewer racks', () => {
    const loose = sizeCluster({ ...many, catalog, rackPowerLimitKW: 80 })
    const tight = sizeCluster({ ...many, catalog, rackPowerLimitKW: 20 })
    expect(tight.racks).toBeGreaterThanOrEqual(loose.racks)
  })

  it('counts the same without recording steps', () => {
    const loud = sizeCluster({ ...many, catalog, rackPowerLimitKW: 40 })
    const quiet = sizeCluster({ ...many, catalog, rackPowerLimitKW: 40, record: false })
    expect(quiet.parts.map((p) => [p.lineId, p.quantity])).toEqual(
      loud.parts.map((p) => [p.lineId, p.quantity])
    )
    expect(quiet.infrastructurePowerKW).toBe(loud.infrastructurePowerKW)
  })

  it('a group whose server the catalog does not know is left out', () => {
    const stranger = {
      ...many.groups[0],
      server: { ...many.groups[0].server, id: 'no-such-server' }
    }
    const cluster = sizeCluster({ ...many, groups: [stranger], catalog, rackPowerLimitKW: 40 })
    expect(cluster.groups).toEqual([])
  })
})
