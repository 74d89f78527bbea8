import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import {
  sizeComputeFabric,
  fewestSpines,
  type FabricInput
} from '../../../src/shared/core/cluster/fabric'
import { defaultNetworkCatalog } from '../../../src/shared/core/cluster/network-catalog'
import { translate } from '../../../src/shared/i18n'
import { localizeFormula } from '../../../src/shared/i18n/derivation-text'

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

  // NVIDIA DGX SuperPOD B300 reference architecture, Table 3 "Larger DGX SuperPOD component
  // counts" (docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300/
  // latest/dgx-superpod-architecture.html): SU, nodes, leaf, spine, node–leaf and leaf–spine
  // cables, two tiers throughout. Its counts imply 64 ports per switch at the node link speed
  // (32 nodes per leaf, 32 uplinks each); the catalog has no Quantum-X800 entry, so a node with
  // 8 rails on 64-port switches stands in (the same port arithmetic; no UFM ports counted).
  // From 8 SU the 128 leaves outnumber one spine's 64 ports: the RA splits the rails into
  // planes (option spinePlanes) — 8 SU: 4 rails per plane, 2 planes × 32 spines.
  it.each([
    [1, 64, 16, 8, 512, 512],
    [2, 128, 32, 16, 1024, 1024],
    [4, 256, 64, 32, 2048, 2048],
    [8, 512, 128, 64, 4096, 4096],
    [16, 1024, 256, 128, 8192, 8192]
  ])(
    'DGX SuperPOD B300, %i SU (%i nodes, rail planes): %i leaves, %i spines, %i + %i cables',
    (_su, nodes, leaves, spines, nodeLeaf, leafSpine) => {
      const result = fabric({ servers: nodes, fabricManagerPorts: 0, spinePlanes: true })
      expect(result.fabric).toMatchObject({ tiers: 2, leaves, spines, cores: 0 })
      expect(result.fabric.nodeLinks).toBe(nodeLeaf)
      expect(result.fabric.leafSpineLinks).toBe(leafSpine)
    }
  )

  it('rail planes: 16 SU of B300 as 4 planes of 2 rails, the counts derived step by step', () => {
    const result = fabric({ servers: 1024, fabricManagerPorts: 0, spinePlanes: true })
    const step = (id: string) => result.steps.find((s) => s.id === id)?.value
    // 1,024 nodes per rail / 32 down = 32 leaves per rail; floor(64 / 32) = 2 rails per plane;
    // 8 / 2 = 4 planes of 64 leaves; ceil(64 × 32 / 64) = 32 spines per plane, 1 link each.
    expect(step('leavesPerRail')).toBe(32)
    expect(step('railsPerPlane')).toBe(2)
    expect(step('spinePlanes')).toBe(4)
    expect(step('leavesPerPlane')).toBe(64)
    expect(step('spinesPerPlane')).toBe(32)
    expect(step('linksPerLeafPerSpine')).toBe(1)
    expect(result.notes.map((n) => n.key)).toContain('cluster.notes.spinePlanes')
    // Without the option the same fabric goes to three tiers (the B200 RA's choice).
    expect(fabric({ servers: 1024, fabricManagerPorts: 0 }).fabric.tiers).toBe(3)
  })

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

  it('uses one switch and DAC without transceivers when the whole fabric sits in one rack', () => {
    const result = fabric({
      servers: 2,
      serversPerRack: 4,
      server: servers.get('generic-pcie-4-card')!,
      fabricManagerPorts: 0
    })
    // 2 servers × 2 rails = 4 ports ≤ 128 ports of one SN5600: one switch, no spines; both
    // servers and the switch in one rack → passive DAC, no optics.
    expect(result.fabric).toMatchObject({ tiers: 1, leaves: 1, spines: 0, leafSpineLinks: 0 })
    expect(part(result, 'node-leaf:cable')[0]).toMatchObject({ partId: 'dac-passive', quantity: 4 })
    expect(result.parts.some((p) => p.partClass === 'transceiver')).toBe(false)
  })

  // Issue 15 follow-up: 8 Atlas 800T A2 (8 × 200GE each) were given 8 leaves + 4 spines, 512
  // leaf–spine links and 1,024 leaf–spine transceivers for 64 ports in use.
  it('puts 8 Atlas 800T A2 (64 ports of 200GE) on one CE9860: no spines, no leaf–spine optics', () => {
    const atlas = servers.get('huawei-atlas-800t-a2')!
    const result = fabric({ servers: 8, server: atlas })
    // nodeLinks = 8 servers × 8 rails + 0 manager ports (Ethernet) = 64 ≤ k = 128 × 200GE.
    expect(result.fabric).toMatchObject({
      tiers: 1,
      leaves: 1,
      spines: 0,
      cores: 0,
      nodeLinks: 64,
      leafSpineLinks: 0
    })
    expect(result.steps.find((s) => s.id === 'leaves')).toMatchObject({
      expr: 'ceil(nodeLinks / switchPorts)',
      value: 1
    })
    expect(result.notes.map((n) => n.key)).toContain('cluster.notes.singleSwitchFabric')
    const switches = result.parts.filter((p) => p.partClass === 'switch')
    expect(switches.map((p) => [p.role, p.quantity])).toEqual([['computeLeaf', 1]])
    // 8 servers > 4 per rack: the links run along the row (multimode, 200G SR4): 64 cables,
    // one single-port module per server port (64) and per switch port (64) = 128 transceivers.
    const cables = result.parts.filter((p) => p.partClass === 'cable')
    expect(cables.map((p) => p.quantity)).toEqual([64])
    const optics = result.parts.filter((p) => p.partClass === 'transceiver')
    expect(optics.reduce((s, p) => s + p.quantity, 0)).toBe(128)
    expect(optics.every((p) => p.role === 'computeNodeLeafLinks')).toBe(true)
  })

  it('sizes one leaf group’s uplinks for the ports in use: 20 Atlas 800T A2', () => {
    const atlas = servers.get('huawei-atlas-800t-a2')!
    const result = fabric({ servers: 20, server: atlas })
    // nodeLinks = 160 > 128, so leaf/spine. k = 128: 64 down per leaf; 20 ports per rail →
    // 1 leaf per rail, 8 leaves, 20 in use each → 20 uplinks (non-blocking).
    // minimumSpines = ceil(8 × 20 / 128) = 2; 2 spines: ceil(20 / 2) = 10 links from each leaf
    // to each spine, 8 × 10 = 80 ≤ 128 spine ports, 2 × 10 = 20 ≤ 108 free leaf ports.
    // Before: 8 leaves × 64 uplinks = 512 links on 4 spines.
    expect(result.fabric).toMatchObject({ tiers: 2, leaves: 8, spines: 2, leafSpineLinks: 160 })
    expect(result.steps.find((s) => s.id === 'leafUplinks')?.value).toBe(20)
    expect(result.steps.find((s) => s.id === 'linksPerLeafPerSpine')?.value).toBe(10)
    expect(result.notes.map((n) => n.key)).toContain('cluster.notes.uplinksForPortsInUse')
  })

  it('sizes one leaf group’s uplinks for the ports in use: 20 DGX H100 with UFM', () => {
    const result = fabric({ servers: 20 })
    // nodeLinks = 20 × 8 + 4 UFM = 164 > 64 (QM9700). 32 down per leaf; per rail 20 + ceil(4/8)
    // = 21 ports → 8 leaves with 21 uplinks each. minimumSpines = ceil(8 × 21 / 64) = 3;
    // 3 spines: ceil(21 / 3) = 7 per leaf per spine, 8 × 7 = 56 ≤ 64, 3 × 7 = 21 ≤ 64 − 21.
    // Links = 8 × 3 × 7 = 168 (before: 4 spines, 256 links).
    expect(result.fabric).toMatchObject({ tiers: 2, leaves: 8, spines: 3, leafSpineLinks: 168 })
    expect(result.fabric.nodeLinks).toBe(164)
  })

  it('rounds uplinks up to an even spread when they do not divide: 16 DGX H100 with UFM', () => {
    const result = fabric({ servers: 16 })
    // Per rail 16 + 1 = 17 ports in use → 17 uplinks (prime). minimumSpines = ceil(8 × 17 / 64)
    // = 3; 3 spines × ceil(17 / 3) = 6 links = 18 uplinks per leaf (≥ 17: still non-blocking),
    // 8 × 6 = 48 ≤ 64 spine ports. Links = 8 × 3 × 6 = 144. (The smallest divisor of 17 ≥ 3
    // would have been 17 spines.)
    expect(result.fabric).toMatchObject({ leaves: 8, spines: 3, leafSpineLinks: 144 })
  })

  it('keeps the scalable-unit structure once the plan spans several leaf groups', () => {
    const result = fabric({ servers: 33 })
    // Per rail 33 + 1 = 34 > 32 → 2 leaf groups: each built whole (32 uplinks per leaf), as
    // the 2-SU SuperPOD: 16 leaves, 8 spines, 512 leaf–spine links.
    expect(result.fabric).toMatchObject({ leaves: 16, spines: 8, leafSpineLinks: 512 })
    expect(result.fabric).toMatchObject({ leafGroups: 2, leavesPerGroup: 8 })
    expect(result.notes.map((n) => n.key)).toContain('cluster.notes.fullLeafGroups')
  })

  it('halves the uplinks with 2:1 oversubscription', () => {
    const result = fabric({ servers: 127, oversubscription: 2 })
    // k = 64: 42 down, 21 up per leaf; 128 endpoints per rail → 4 leaves per rail, 32 leaves
    // (4 leaf groups: built whole, 21 uplinks each). minimumSpines = ceil(32 × 21 / 64) = 11;
    // 11 spines × ceil(21 / 11) = 2 links = 22 uplinks ≤ 64 − 42 free ports, 32 × 2 = 64 spine
    // ports: 704 links, 42 : 22 ≤ 2 : 1 (the divisor rule needed 21 spines for 672 links).
    expect(result.steps.find((s) => s.id === 'leafDownPorts')?.value).toBe(42)
    expect(result.steps.find((s) => s.id === 'leafUpPorts')?.value).toBe(21)
    expect(result.fabric.leaves).toBe(32)
    expect(result.fabric.spines).toBe(11)
    expect(result.fabric.leafSpineLinks).toBe(704)
  })

  it('splits faster switch ports to the server speed (Atlas 800T A2, 8 × 200GE on CE9860)', () => {
    const atlas = servers.get('huawei-atlas-800t-a2')!
    const result = fabric({ servers: 64, server: atlas })
    expect(result.fabric.switchId).toBe('huawei-ce9860-4c-ei')
    // Ethernet: no fabric manager ports by default (InfiniBand would add 4).
    expect(result.fabric.nodeLinks).toBe(64 * 8)
    // 128 × 200GE ports, non-blocking: 64 down and 64 up per leaf, so 64 servers → 1 leaf per
    // rail, 8 leaves, all 64 down ports in use → 64 uplinks; minimumSpines = 8 × 64 / 128 = 4,
    // 4 spines × 16 links from each leaf.
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

describe('fabric derivation reads in both languages', () => {
  const atlas = servers.get('huawei-atlas-800t-a2')!
  it.each([
    ['one switch', { servers: 8, server: atlas }],
    ['one leaf group', { servers: 20 }],
    ['several leaf groups', { servers: 127, oversubscription: 2 }],
    ['rail planes', { servers: 512, fabricManagerPorts: 0, spinePlanes: true }],
    ['three tiers', { servers: 1024, fabricManagerPorts: 0 }]
  ] as [string, Partial<FabricInput>][])(
    '%s: every step has a label and a formula in zh-CN',
    (_case, input) => {
      const result = fabric(input)
      for (const step of result.steps) {
        // Numbered steps (nodeLinksTransceivers1) take the `…N` label, as explain.ts does.
        const key = step.labelKey.replace(/(\D)\d+$/, '$1N')
        for (const locale of ['en', 'zh-CN'] as const)
          expect(translate(locale, key, { n: 1 }), `${locale} ${step.id}`).not.toBe(key)
        if (/[a-z]/i.test(step.formula))
          expect(localizeFormula(step.formula, 'zh-CN'), step.id).not.toMatch(
            /fewest|spines|leaves/
          )
      }
    }
  )
})

describe('fewestSpines', () => {
  it.each([
    // leaves, uplinks, k, leaf free ports, at least → spines
    [24, 32, 64, 32, 12, 16], // full leaves: the smallest divisor of 32 ≥ 12 (H100 3 SU)
    [8, 32, 64, 32, 4, 4],
    [8, 17, 64, 47, 3, 3], // 3 × 6 = 18 links per leaf
    [32, 21, 64, 22, 11, 11], // 11 × 2 = 22 ≤ 22
    [32, 21, 64, 21, 11, 21] // no spare leaf port: the divisor 21
  ])('%i leaves × %i uplinks, k %i, %i free, ≥ %i → %i', (l, up, k, free, atLeast, expected) => {
    expect(fewestSpines(l, up, k, free, atLeast)).toBe(expected)
  })
})
