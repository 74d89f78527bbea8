import { describe, expect, it } from 'vitest'
import { clusterOptionsSchema } from '../../../src/shared/schema/cluster'
import { defaultNetworkCatalog } from '../../../src/shared/core/cluster/network-catalog'

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('clusterOptionsSchema', () => {
  it('every option is optional', () => {
    expect(clusterOptionsSchema.safeParse({}).success).toBe(true)
  })

  it('part ids have the network catalog’s shape; every built-in id is accepted', () => {
    const network = defaultNetworkCatalog()
    for (const sw of network.switches)
      expect(clusterOptionsSchema.safeParse({ computeSwitch: sw.id }).success, sw.id).toBe(true)
    for (const storage of network.storageClasses)
      expect(clusterOptionsSchema.safeParse({ storageClass: storage.id }).success).toBe(true)
    expect(paths(clusterOptionsSchema.safeParse({ frontSwitch: 'Big Switch' }))).toEqual([
      'frontSwitch'
    ])
  })

  it('limits: oversubscription 1–8, whole fabric-manager ports, positive write window', () => {
    expect(clusterOptionsSchema.safeParse({ oversubscription: 1 }).success).toBe(true)
    expect(paths(clusterOptionsSchema.safeParse({ oversubscription: 0.5 }))).toEqual([
      'oversubscription'
    ])
    expect(paths(clusterOptionsSchema.safeParse({ fabricManagerPorts: 2.5 }))).toEqual([
      'fabricManagerPorts'
    ])
    expect(paths(clusterOptionsSchema.safeParse({ checkpointWriteSeconds: 0 }))).toEqual([
      'checkpointWriteSeconds'
    ])
    expect(clusterOptionsSchema.safeParse({ datasetsTB: 0, checkpointsKept: 0 }).success).toBe(true)
    expect(paths(clusterOptionsSchema.safeParse({ installationFraction: 1.01 }))).toEqual([
      'installationFraction'
    ])
  })

  it('is strict: a misspelt option is refused, not ignored', () => {
    expect(clusterOptionsSchema.safeParse({ datasetTB: 10 }).success).toBe(false)
  })
})
