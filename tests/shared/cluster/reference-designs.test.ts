/**
 * Published reference designs beyond the DGX SuperPOD tables (fabric.test.ts): each case builds
 * the inputs the design states (servers, ports per server and speed, switch models, port
 * counts, oversubscription) and checks the planner's counts against the design. Sources and
 * what each one does and does not publish: docs/methodology.md, "Reproduced reference counts".
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, type ServerSpec } from '../../../src/shared/core/catalog'
import { sizeFrontEnd } from '../../../src/shared/core/cluster/access'
import { sizeComputeFabric, type FabricInput } from '../../../src/shared/core/cluster/fabric'
import { defaultNetworkCatalog } from '../../../src/shared/core/cluster/network-catalog'
import { translate } from '../../../src/shared/i18n'

const network = defaultNetworkCatalog()
const servers = defaultCatalog().servers

/**
 * A server with `ports` scale-out ports of `gbps` each (single-port cages), otherwise the
 * catalog's Atlas 800T A2: the designs below state per-server ports, not a server model.
 */
function serverWith(ports: number, gbps: number): ServerSpec {
  const base = servers.get('huawei-atlas-800t-a2')!
  return {
    ...base,
    network: {
      ...base.network!,
      computePorts: ports,
      computeGbps: gbps,
      computePortsPerCage: 1,
      source: `reference design: ${ports} × ${gbps}G per server`
    }
  }
}

function fabric(input: Partial<FabricInput> & Pick<FabricInput, 'servers' | 'server'>) {
  return sizeComputeFabric(network, {
    groupId: 'ref',
    groupName: 'reference',
    serversPerRack: 4,
    need: { reason: 'training' },
    ...input
  })
}

const switchLines = (result: ReturnType<typeof fabric>) =>
  result.parts.filter((p) => p.partClass === 'switch').map((p) => [p.role, p.partId, p.quantity])

const total = (result: ReturnType<typeof fabric>, partClass: string, role: string) =>
  result.parts
    .filter((p) => p.partClass === partClass && p.role === role)
    .reduce((s, p) => s + p.quantity, 0)

// Huawei AI Fabric, "Recommended Networking" (support.huawei.com/enterprise/en/doc/
// EDOC1100155250, HPC and AI GPU scenarios): servers single-homed to a leaf over one 100GE
// RoCEv2 link, leaf and spine fully meshed over 100GE, oversubscription 1:1.
describe('Huawei AI Fabric recommended networking (EDOC1100155250)', () => {
  const server = serverWith(1, 100)
  const ce8850 = 'huawei-ce8850-64cq-ei'
  const ce8861 = 'huawei-ce8861-4c-ei'

  it('"≤ 64 server nodes: single-layer networking, CE8850-64CQ-EI as the leaf": 64 → one switch', () => {
    const result = fabric({ servers: 64, server, switchId: ce8850 })
    // 64 servers × 1 port = 64 ≤ 64 ports of one CE8850-64CQ-EI.
    expect(result.fabric).toMatchObject({ tiers: 1, leaves: 1, spines: 0, nodeLinks: 64 })
    expect(switchLines(result)).toEqual([['computeLeaf', ce8850, 1]])
    // One more server no longer fits one switch: two layers.
    const next = fabric({ servers: 65, server, switchId: ce8850 })
    expect(next.fabric.tiers).toBe(2)
    expect(next.fabric.leaves).toBeGreaterThan(1)
  })

  it('HPC scenario, 1,024 servers on CE8850-64CQ-EI leaves and spines, 1:1: 32 leaves, 16 spines', () => {
    const result = fabric({ servers: 1024, server, switchId: ce8850 })
    // By hand from the guide's inputs: 64 ports at 1:1 → 32 down and 32 up per leaf;
    // 1,024 / 32 = 32 leaves; 32 × 32 = 1,024 uplinks over 64-port spines = 16 spines, each
    // leaf sending 2 links to each spine (32 × 2 = 64 ports per spine).
    expect(result.fabric).toMatchObject({
      tiers: 2,
      leaves: 32,
      spines: 16,
      cores: 0,
      nodeLinks: 1024,
      leafSpineLinks: 1024
    })
    expect(result.steps.find((s) => s.id === 'linksPerLeafPerSpine')?.value).toBe(2)
    // One cable per link; one single-port 100G module at each end of every link.
    expect(total(result, 'cable', 'computeLeafSpineLinks')).toBe(1024)
    expect(total(result, 'transceiver', 'computeLeafSpineLinks')).toBe(2 * 1024)
    expect(total(result, 'transceiver', 'computeNodeLeafLinks')).toBe(2 * 1024)
  })

  it('AI GPU scenario, 1,024 servers: CE8861-4C-EI leaves under CE8850-64CQ-EI spines', () => {
    const result = fabric({ servers: 1024, server, switchId: ce8861, spineSwitchId: ce8850 })
    // By hand: 32-port leaves at 1:1 → 16 down, 16 up; 1,024 / 16 = 64 leaves; 64 × 16 =
    // 1,024 uplinks over 64-port spines = 16 spines, one link from each leaf to each spine.
    expect(result.fabric).toMatchObject({
      tiers: 2,
      leaves: 64,
      spines: 16,
      nodeLinks: 1024,
      leafSpineLinks: 1024,
      switchId: ce8861,
      spineSwitchId: ce8850
    })
    expect(switchLines(result)).toEqual([
      ['computeLeaf', ce8861, 64],
      ['computeSpine', ce8850, 16]
    ])
    const step = (id: string) => result.steps.find((s) => s.id === id)
    expect(step('switchPorts')?.value).toBe(32)
    expect(step('spineSwitchPorts')?.value).toBe(64)
    expect(step('minimumSpines')?.expr).toBe('ceil(leaves * leafUplinks / spineSwitchPorts)')
  })

  it('AI GPU scenario: the guide\'s bound "N ≤ 1024" for CE8850 spines is where two tiers end', () => {
    // 1,025 servers need 65 leaves: more than one 64-port spine can reach, so the planner goes
    // to a third tier; the guide switches to a CloudEngine 16800 chassis spine above 1,024.
    const over = fabric({ servers: 1025, server, switchId: ce8861, spineSwitchId: ce8850 })
    expect(over.fabric.leaves).toBe(65)
    expect(over.fabric.tiers).toBe(3)
    // The core tier is of the spine model.
    expect(over.parts.find((p) => p.role === 'computeCore')?.partId).toBe(ce8850)
  })

  it('without a spine model the leaf switch is the spine (unchanged derivation)', () => {
    const result = fabric({ servers: 1024, server, switchId: ce8850 })
    expect(result.steps.some((s) => s.id === 'spineSwitchPorts')).toBe(false)
    expect(result.steps.find((s) => s.id === 'minimumSpines')?.expr).toBe(
      'ceil(leaves * leafUplinks / switchPorts)'
    )
    expect(result.fabric.spineSwitchId).toBe(ce8850)
  })

  it('names an unknown or too slow spine switch in words and keeps the leaf model', () => {
    const unknown = fabric({ servers: 1024, server, switchId: ce8850, spineSwitchId: 'nope' })
    expect(unknown.notes.map((n) => n.key)).toContain('cluster.notes.unknownSwitch')
    expect(unknown.fabric.spineSwitchId).toBe(ce8850)
    const slow = fabric({
      servers: 64,
      server: servers.get('huawei-atlas-800t-a2')!,
      spineSwitchId: 'huawei-ce8850-64cq-ei'
    })
    // 200GE rails cannot run on 100GE spine ports.
    expect(slow.notes.find((n) => n.key === 'cluster.notes.switchTooSlow')?.params).toMatchObject({
      need: 200
    })
    expect(slow.fabric.spineSwitchId).toBe('huawei-ce9860-4c-ei')
  })

  it('the spine steps read in both languages', () => {
    const result = fabric({ servers: 1024, server, switchId: ce8861, spineSwitchId: ce8850 })
    for (const id of ['spineSwitchNativePorts', 'spineSwitchPortGbps', 'spineSwitchPorts']) {
      const step = result.steps.find((s) => s.id === id)!
      for (const locale of ['en', 'zh-CN'] as const)
        expect(translate(locale, step.labelKey, {})).not.toBe(step.labelKey)
    }
  })
})

describe('leaf and spine of different cage sizes count transceivers per end', () => {
  it('twin-port leaf uplinks, single-port spine downlinks', () => {
    // 64 DGX-class servers (8 × 400G) on QM9700 leaves (twin-port OSFP cages) under a spine of
    // the same ports in single-port cages (a test-only catalog entry): 2 SU → 16 leaves,
    // 8 spines, 512 links; the leaf end takes one twin-port module per two links, the spine
    // end one module per link.
    const dgx = servers.get('hgx-8-sxm-hopper')!
    const spine = { ...network.switches.find((s) => s.id === 'nvidia-qm9700')! }
    const catalog = {
      ...network,
      switches: [
        ...network.switches,
        { ...spine, id: 'test-spine-single-cage', portsPerCage: 1, name: 'single-cage spine' }
      ]
    }
    const result = sizeComputeFabric(catalog, {
      groupId: 'ref',
      groupName: 'reference',
      servers: 64,
      server: dgx,
      serversPerRack: 4,
      need: { reason: 'training' },
      fabricManagerPorts: 0,
      spineSwitchId: 'test-spine-single-cage'
    })
    const links = result.fabric.leafSpineLinks
    expect(links).toBe(512)
    const step = (id: string) => result.steps.find((s) => s.id === id)?.value
    expect(step('leafSpineLinksLeafUpEndsTransceivers')).toBe(links / 2)
    expect(step('leafSpineLinksSpineDownEndsTransceivers')).toBe(links)
  })
})

// Third-party design (labelled as such): apetops-us.com, "AI-256: explanation of a 512 H100
// clustering solution" — 8 × 400G NDR per server on 64-port InfiniBand switches, no UFM
// ports counted: "256 servers represents the limit of a two-tier Spine-Leaf architecture";
// 512 servers as 4 × (32 leaf + 32 spine + 16 core) = 320 switches.
describe('third-party: 512 H100 servers, three-tier InfiniBand (apetops-us.com)', () => {
  const dgx = servers.get('hgx-8-sxm-hopper')!
  it.each([
    [256, 2],
    [257, 3]
  ])('%i servers → %i tiers', (n, tiers) => {
    expect(fabric({ servers: n, server: dgx, fabricManagerPorts: 0 }).fabric.tiers).toBe(tiers)
  })
  it('512 servers: 128 leaf + 128 spine + 64 core = 320 switches', () => {
    const result = fabric({ servers: 512, server: dgx, fabricManagerPorts: 0 })
    expect(result.fabric).toMatchObject({ tiers: 3, leaves: 128, spines: 128, cores: 64 })
    expect(result.steps.find((s) => s.id === 'fabricSwitches')?.value).toBe(320)
  })
})

// NVIDIA Enterprise Reference Architectures with a converged fabric (plan option
// convergedFabric). The stored copies of the RA pages (docs.nvidia.com/reference-architectures/
// hgx-ai-factory-h100-h200-b200/{network-logical-architecture,networking-physical-topologies}.md
// and rtx-pro-ai-factory/network-logical-architecture) carry the design points and fabric roles
// but no switch, cable or transceiver tables. The counts below are those of NVIDIA's ERA
// automation code (MIT, scripts/arch_scaling.py, "ARCH_SCALING"), which transcribes the RA
// tables: 2-8-9-400 from ERA-00010-001 v04 Tables 10/11, 2-8-5-200 from ERA-00016-001 v04
// Tables 13/14, 2-4-3-200 from ERA-00008-001 v04 Tables 10/11. A scalable unit (SU) is 4 nodes.
// Switch: Spectrum-4 SN5600 (catalog: 128 ports at 400G, twin-port cages).
describe('NVIDIA Enterprise RA, converged fabric (ERA automation scripts/arch_scaling.py)', () => {
  const sn5600 = 'nvidia-sn5600'
  // 2-8-9-400 (HGX H100/H200/B200): 8 × 400G east–west SuperNICs (B3140H, one port each) and
  // a BlueField-3 with two 200 GbE north–south ports "to two separate switches"
  // (network-logical-architecture.md).
  const hgx: ServerSpec = {
    ...servers.get('hgx-8-sxm-hopper')!,
    network: {
      ...servers.get('hgx-8-sxm-hopper')!.network!,
      computePorts: 8,
      computeGbps: 400,
      computePortsPerCage: 1,
      computeSwitch: sn5600,
      frontPorts: 2,
      frontGbps: 200,
      source: 'NVIDIA Enterprise RA 2-8-9-400: 8 × 400G east–west, 2 × 200G north–south'
    }
  }
  const converged = (servers: number, server: ServerSpec) =>
    fabric({ servers, server, switchId: sn5600, converged: true })

  it('2-8-9-400, 1–3 SU (4, 8, 12 nodes): one collapsed converged pair ("Collapsed")', () => {
    for (const nodes of [4, 8, 12]) {
      const result = converged(nodes, hgx)
      // By hand: leafDownPorts = floor(128 · 1/2) = 64 per switch, 128 on the pair; 12 nodes ×
      // (8 east–west + 2 north–south) = 120 ≤ 128, so the pair carries both networks.
      expect(result.fabric).toMatchObject({
        tiers: 1,
        leaves: 2,
        spines: 0,
        leafPair: 'converged',
        nodeLinks: nodes * 8,
        northSouthLinks: nodes * 2,
        leafSpineLinks: 0
      })
      expect(switchLines(result)).toEqual([['computeLeaf', sn5600, 2]])
    }
  })

  it('2-8-9-400, 12 nodes: cables and transceivers of the converged pair (derived, not published)', () => {
    const result = converged(12, hgx)
    // 96 east–west links: one cable each; 96 single-port 400G modules at the SuperNICs and
    // 96 / 2 = 48 twin-port modules at the switches. 24 north–south links: one cable each and
    // one 200G module per end, each link on its own switch port: 24 + 24 = 48.
    expect(total(result, 'cable', 'computeNodeLeafLinks')).toBe(96)
    expect(total(result, 'transceiver', 'computeNodeLeafLinks')).toBe(96 + 48)
    expect(total(result, 'cable', 'northSouthNodeLeafLinks')).toBe(24)
    expect(total(result, 'transceiver', 'northSouthNodeLeafLinks')).toBe(48)
  })

  it('2-8-9-400, 4 SU (16 nodes): dedicated east–west leaf pair, no spine', () => {
    const result = converged(16, hgx)
    // By hand: 16 × 10 = 160 > 128, so the networks split; 16 × 8 = 128 ≤ 128 east–west
    // ports fit a pair of leaves with no spine ("Dedicated E/W and N/S leaf pairs; no spine").
    expect(result.fabric).toMatchObject({ tiers: 1, leaves: 2, spines: 0, leafPair: 'eastWest' })
    expect(result.fabric.northSouthLinks).toBeUndefined()
    expect(total(result, 'cable', 'northSouthNodeLeafLinks')).toBe(0)
    // Without the option the same 128 ports fit one switch (the planner's default rule).
    const apart = fabric({ servers: 16, server: hgx, switchId: sn5600 })
    expect(apart.fabric).toMatchObject({ tiers: 1, leaves: 1 })
    expect(apart.fabric.leafPair).toBeUndefined()
  })

  it('2-8-9-400, beyond 4 SU (20 nodes): past the single-tier maximum, a spine tier', () => {
    // max_single_tier_su("2-8-9-400") = 4: 20 × 8 = 160 > 128 ports of the pair → leaf/spine.
    const result = converged(20, hgx)
    expect(result.fabric.tiers).toBe(2)
    expect(result.fabric.spines).toBeGreaterThan(0)
    expect(result.fabric.leafPair).toBeUndefined()
  })

  it('2-8-5-200: converged through 5 SU (20 nodes), dedicated east–west pair at 6–8 SU', () => {
    // Catalog generic-pcie-8-card: 4 × 400G east–west, 2 × 200G north–south.
    const pcie8 = servers.get('generic-pcie-8-card')!
    // 20 × (4 + 2) = 120 ≤ 128: converged ("Converged collapsed core", SU 1–5).
    expect(converged(20, pcie8).fabric).toMatchObject({ leaves: 2, leafPair: 'converged' })
    // 24 × 6 = 144 > 128, 24 × 4 = 96 ≤ 128; 32 × 4 = 128 ≤ 128 ("Split single-tier", SU 6–8).
    expect(converged(24, pcie8).fabric).toMatchObject({ leaves: 2, leafPair: 'eastWest' })
    expect(converged(32, pcie8).fabric).toMatchObject({
      leaves: 2,
      spines: 0,
      leafPair: 'eastWest'
    })
    // 36 × 4 = 144 > 128: beyond the single-tier maximum of 8 SU.
    expect(converged(36, pcie8).fabric.tiers).toBe(2)
  })

  it('2-4-3-200: converged through all 8 SU (32 nodes)', () => {
    // Catalog generic-pcie-4-card: 2 east–west, 2 × 200G north–south; 32 × 4 = 128 ≤ 128.
    const pcie4 = servers.get('generic-pcie-4-card')!
    expect(converged(32, pcie4).fabric).toMatchObject({ leaves: 2, leafPair: 'converged' })
  })

  it('north–south leaves come in redundant pairs; other nodes join a converged pair only while they fit', () => {
    const sn = network.switches.find((x) => x.id === sn5600)!
    const endpoints = [{ id: 'storageUnits', nodes: 4, ports: 2, gbps: 200 }]
    const step = (r: ReturnType<typeof sizeFrontEnd>, id: string) =>
      r.steps.find((x) => x.id === id)?.value
    // 8 ports ≤ 8 free ports on the pair: they join it, no switch of their own.
    const joined = sizeFrontEnd(network, endpoints, sn5600, true, true, {
      group: 'g',
      switch: sn,
      freePorts: 8
    })
    expect(joined.switches).toBe(0)
    expect(joined.notes.map((n) => n.key)).toEqual(['cluster.notes.frontOnConvergedPair'])
    // One port too many: a north–south pair of their own (SN5600 at 200G: 256 ports, 128
    // down per leaf; ceil(8 / 256) = 1 pair = 2 leaves, no spine for one pair).
    const apart = sizeFrontEnd(network, endpoints, sn5600, true, true, {
      group: 'g',
      switch: sn,
      freePorts: 7
    })
    expect(apart.switches).toBe(2)
    expect(step(apart, 'frontLeafPairs')).toBe(1)
    expect(step(apart, 'frontSpines')).toBeUndefined()
    // 300 ports: ceil(300 / 256) = 2 pairs = 4 leaves, and a spine tier above them.
    const big = sizeFrontEnd(network, [{ ...endpoints[0], nodes: 150 }], sn5600, true, true)
    expect(step(big, 'frontLeaves')).toBe(4)
    expect(step(big, 'frontSpines')).toBeGreaterThan(0)
  })

  it('an InfiniBand compute switch cannot converge: the option is not applied, and a note says so', () => {
    const result = fabric({ servers: 12, server: hgx, switchId: 'nvidia-qm9700', converged: true })
    expect(result.fabric.leafPair).toBeUndefined()
    expect(result.notes.map((n) => n.key)).toContain('cluster.notes.convergedNeedsEthernet')
    for (const lang of ['en', 'zh-CN'] as const)
      expect(
        translate(lang, 'cluster.notes.convergedNeedsEthernet', { group: 'g', switch: 'QM9700' })
      ).toContain('InfiniBand')
  })
})
