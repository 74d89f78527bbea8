import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import {
  sizeComputeFabric,
  smallestDivisorAtLeast,
  type FabricInput
} from '../../../src/shared/core/cluster/fabric'
import { defaultNetworkCatalog } from '../../../src/shared/core/cluster/network-catalog'

const network = defaultNetworkCatalog()
const servers = defaultCatalog().servers
const dgxH100 = servers.get('hgx-8-sxm-hopper')!

function fabric(overrides: Partial<FabricInput>) {
  return sizeComputeFabric(network, {
    groupId: 'h100-sxm',
    groupName: 'H100 SXM',
    servers: 32,
    server: dgxH100,
    serversPerRack: 4,
    need: { reason: 'training' },
    ...overrides
  })
}

function part(section: ReturnType<typeof fabric>, suffix: string) {
  return section.parts.filter((p) => p.lineId.endsWith(suffix))
}

describe('compute fabric: rail-optimised leaf/spine', () => {
  // NVIDIA DGX SuperPOD H100 reference architecture (RA-11333-001), Table 4 "Compute fabric
  // component count": SU, nodes, leaf, spine, node+UFM cables, spine-leaf cables.
  it.each([
    [1, 31, 8, 4, 252, 256],
    [2, 63, 16, 8, 508, 512],
    [3, 95, 24, 16, 764, 768],
    [4, 127, 32, 16, 1020, 1024]
  ])(
    'DGX SuperPOD H100, %i SU (%i nodes, QM9700, UFM on 4 ports): %i leaves, %i spines, %i + %i cables',
    (_su, nodes, leaves, spines, nodeCables, leafSpineCables) => {
      const result = fabric({ servers: nodes })
      expect(result.fabric.tiers).toBe(2)
      expect(result.fabric.switchId).toBe('nvidia-qm9700')
      expect(result.fabric.leaves).toBe(leaves)
      expect(result.fabric.spines).toBe(spines)
      expect(result.fabric.nodeLinks).toBe(nodeCables)
      expect(result.fabric.leafSpineLinks).toBe(leafSpineCables)
      const cables = result.parts.filter((p) => p.partClass === 'cable')
      expect(cables.reduce((s, p) => s + p.quantity, 0)).toBe(nodeCables + leafSpineCables)
    }
  )

  // NVIDIA DGX SuperPOD B200 reference architecture, "Larger DGX SuperPOD component counts":
  // SU, nodes, leaf, spine, core, node-leaf, leaf-spine, spine-core (QM9700, no UFM ports in
  // the node-leaf count).
  it.each([
    [2, 64, 16, 8, 0, 512, 512, 0],
    [4, 128, 32, 16, 0, 1024, 1024, 0],
    [8, 256, 64, 32, 0, 2048, 2048, 0],
    [16, 512, 128, 128, 64, 4096, 4096, 4096],
    [32, 1024, 256, 256, 128, 8192, 8192, 8192],
    // docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-b200/latest/
    // dgx-superpod-architecture.html, same table, last row.
    [64, 2048, 512, 512, 256, 16384, 16384, 16384]
  ])(
    'DGX SuperPOD B200, %i SU (%i nodes): %i leaf / %i spine / %i core switches',
    (_su, nodes, leaves, spines, cores, nodeLeaf, leafSpine, spineCore) => {
      const result = fabric({ servers: nodes, fabricManagerPorts: 0 })
      expect(result.fabric.leaves).toBe(leaves)
      expect(result.fabric.spines).toBe(spines)
      expect(result.fabric.cores).toBe(cores)
      expect(result.fabric.tiers).toBe(cores > 0 ? 3 : 2)
      expect(result.fabric.nodeLinks).toBe(nodeLeaf)
      expect(result.fabric.leafSpineLinks).toBe(leafSpine)
      expect(result.fabric.spineCoreLinks).toBe(spineCore)
    }
  )

  it('counts twin-port transceivers per link end: DGX H100 1 SU', () => {
    const result = fabric({ servers: 31 })
    // Node end: 31 × 8 links over twin-port OSFP = 124; UFM: 4 single-port; leaf ends: 252
    // links over twin-port cages = 126 (row reach, multimode SR8).
    const nodeLeaf = part(result, 'node-leaf:osfp-2x400g-sr8')
    expect(nodeLeaf).toHaveLength(1)
    expect(nodeLeaf[0].quantity).toBe(124 + 126)
    expect(part(result, 'node-leaf:osfp-400g-sr4')[0].quantity).toBe(4)
    // Leaf–spine inside one SU (leaves = rails): along the row, both ends twin-port: 2 × 256 / 2.
    expect(part(result, 'leaf-spine:osfp-2x400g-sr8')[0].quantity).toBe(256)
  })

  it('goes across the hall (single-mode) between leaf groups of several SUs', () => {
    const result = fabric({ servers: 63 })
    expect(part(result, 'leaf-spine:osfp-2x400g-dr8')[0].quantity).toBe(512)
    expect(part(result, 'leaf-spine:cable')[0].partId).toBe('fibre-smf-mpo')
  })

  it('uses DAC without transceivers when the whole fabric sits in one rack', () => {
    const result = fabric({
      servers: 2,
      serversPerRack: 4,
      server: servers.get('generic-pcie-4-card')!,
      fabricManagerPorts: 0
    })
    // 2 rails, one leaf each → 2 leaves > 1, so a spine tier; node links stay in the row.
    expect(result.fabric.leaves).toBe(2)
    const oneRail = sizeComputeFabric(network, {
      groupId: 'x',
      groupName: 'x',
      servers: 2,
      server: { ...dgxH100, network: { ...dgxH100.network!, computePorts: 1 } },
      serversPerRack: 4,
      need: { reason: 'training' },
      fabricManagerPorts: 0
    })
    expect(oneRail.fabric.leaves).toBe(1)
    expect(oneRail.fabric.spines).toBe(0)
    expect(part(oneRail, 'node-leaf:cable')[0].partId).toBe('dac-passive')
    expect(oneRail.parts.some((p) => p.partClass === 'transceiver')).toBe(false)
  })

  it('halves the uplinks with 2:1 oversubscription', () => {
    const result = fabric({ servers: 127, oversubscription: 2 })
    // k = 64: 42 down, 21 up per leaf; 128 endpoints per rail → 4 leaves per rail.
    expect(result.steps.find((s) => s.id === 'leafDownPorts')?.value).toBe(42)
    expect(result.steps.find((s) => s.id === 'leafUpPorts')?.value).toBe(21)
    expect(result.fabric.leaves).toBe(32)
    expect(result.fabric.leafSpineLinks).toBe(32 * 21)
  })

  it('splits faster switch ports to the server speed (Atlas 800T A2, 8 × 200GE on CE9860)', () => {
    const atlas = servers.get('huawei-atlas-800t-a2')!
    const result = fabric({ servers: 64, server: atlas })
    expect(result.fabric.switchId).toBe('huawei-ce9860-4c-ei')
    // Ethernet: no fabric manager ports by default (InfiniBand would add 4).
    expect(result.fabric.nodeLinks).toBe(64 * 8)
    // 128 × 200GE ports, non-blocking: 64 down and 64 up per leaf, so 64 servers → 1 leaf per
    // rail, 8 leaves; 8 × 64 uplinks / 128 ports = 4 spines (4 divides 64).
    expect(result.fabric.leaves).toBe(8)
    expect(result.fabric.spines).toBe(4)
    expect(result.fabric.leafSpineLinks).toBe(512)
  })

  it('needs no fabric for replicas that fit in one server, and says so', () => {
    const result = fabric({ need: { reason: 'none' } })
    expect(result.fabric.leaves).toBe(0)
    expect(result.parts).toEqual([])
    expect(result.notes.map((n) => n.key)).toEqual(['cluster.notes.noFabricNeeded'])
  })

  it('refuses a switch slower than the server ports, in words', () => {
    const result = fabric({ switchId: 'nvidia-sn4600c' })
    expect(result.parts).toEqual([])
    expect(result.notes[0]).toMatchObject({ key: 'cluster.notes.switchTooSlow' })
  })

  it('every count is a derivation step', () => {
    const result = fabric({ servers: 127 })
    for (const p of result.parts) expect(result.steps.map((s) => s.id)).toContain(p.step)
  })
})

describe('smallestDivisorAtLeast', () => {
  it.each([
    [32, 12, 16],
    [32, 4, 4],
    [32, 33, 32],
    [21, 5, 7]
  ])('%i, ≥ %i → %i', (n, atLeast, expected) => {
    expect(smallestDivisorAtLeast(n, atLeast)).toBe(expected)
  })
})
