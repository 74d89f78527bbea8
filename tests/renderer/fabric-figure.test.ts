/**
 * lib/fabric-figure.ts: where the compute-fabric figure draws its switches and lines. A large
 * fabric keeps a bounded drawing (first ones, a gap, the last); every line joins two drawn
 * boxes at their edges, never a gap; the tiers above the leaves are the ones the fabric has.
 */
import { describe, expect, it } from 'vitest'
import type { FabricSummary } from '@shared/core/cluster'
import {
  fabricLayout,
  fabricLinks,
  railColour,
  sample,
  SWITCH_H,
  upperTiers
} from '@renderer/lib/fabric-figure'

function fabric(part: Partial<FabricSummary>): FabricSummary {
  return {
    switchId: null,
    switchName: null,
    tiers: 2,
    rails: 8,
    leaves: 16,
    spines: 8,
    cores: 0,
    nodeLinks: 256,
    leafSpineLinks: 128,
    spineCoreLinks: 0,
    serversPerLeafGroup: 16,
    ...part
  }
}

describe('sample', () => {
  it('draws every node that fits, else the first ones, a gap and the last', () => {
    expect(sample(3, 4).map((s) => (s.kind === 'node' ? s.index : '…'))).toEqual([0, 1, 2])
    expect(sample(100, 5).map((s) => (s.kind === 'node' ? s.index : '…'))).toEqual([
      0,
      1,
      2,
      '…',
      99
    ])
    expect(sample(0, 4)).toEqual([])
  })
})

describe('fabricLinks', () => {
  it('joins each drawn leaf to each drawn spine, and each leaf to its servers (rails)', () => {
    const layout = fabricLayout(fabric({}))
    const links = fabricLinks(layout)
    const leaves = layout.groups.flatMap((g) => g.leaves).filter((l) => l.kind === 'node')
    const spines = layout.spines.filter((s) => s.kind === 'node')
    expect(leaves).toHaveLength(16)
    expect(spines).toHaveLength(8)
    const rails = links.filter((l) => l.rail !== undefined)
    expect(rails).toHaveLength(16)
    expect(links).toHaveLength(16 * 8 + 16)
    // Two leaf groups of eight rails: each rail index appears once per group.
    expect(rails.map((l) => l.rail).sort()).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7
    ])
    // A leaf-to-spine line leaves the top of the leaf box and meets the bottom of the spine box.
    const up = links.find((l) => l.rail === undefined)!
    expect(up.y1).toBe(layout.rows.leaf - SWITCH_H / 2)
    expect(up.y2).toBe(layout.rows.spine! + SWITCH_H / 2)
    // Keys are unique (Vue keys the lines by them).
    expect(new Set(links.map((l) => l.key)).size).toBe(links.length)
  })

  it('draws no line to a gap, and spine-to-core lines only when there are cores', () => {
    const large = fabricLayout(fabric({ tiers: 3, leaves: 512, spines: 64, cores: 32, rails: 8 }))
    const links = fabricLinks(large)
    const drawnX = new Set(
      [...large.cores, ...large.spines, ...large.groups.flatMap((g) => g.leaves)]
        .filter((d) => d.kind === 'node')
        .map((d) => d.x)
    )
    const gapX = [...large.cores, ...large.spines].filter((d) => d.kind === 'gap').map((d) => d.x)
    expect(gapX.length).toBeGreaterThan(0)
    for (const link of links.filter((l) => l.rail === undefined)) {
      expect(drawnX.has(link.x1)).toBe(true)
      expect(drawnX.has(link.x2)).toBe(true)
    }
    const toCores = links.filter((l) => l.y2 === large.rows.core! + SWITCH_H / 2)
    const drawnCores = large.cores.filter((c) => c.kind === 'node').length
    const drawnSpines = large.spines.filter((s) => s.kind === 'node').length
    expect(toCores).toHaveLength(drawnCores * drawnSpines)

    const flat = fabricLayout(fabric({ tiers: 1, leaves: 1, spines: 0, leafSpineLinks: 0 }))
    expect(fabricLinks(flat).every((l) => l.rail !== undefined)).toBe(true)
  })
})

describe('upperTiers', () => {
  it('lists core then spine, only those the fabric has, at their rows', () => {
    const three = fabricLayout(fabric({ tiers: 3, leaves: 512, spines: 64, cores: 32 }))
    expect(upperTiers(three).map((t) => [t.tier, t.y])).toEqual([
      ['core', three.rows.core],
      ['spine', three.rows.spine]
    ])
    expect(upperTiers(fabricLayout(fabric({}))).map((t) => t.tier)).toEqual(['spine'])
    expect(upperTiers(fabricLayout(fabric({ tiers: 1, leaves: 1, spines: 0 })))).toEqual([])
  })
})

describe('railColour', () => {
  it('spreads hues evenly over the rails', () => {
    expect(railColour(0, 8)).toBe('hsl(0, 65%, 52%)')
    expect(railColour(2, 8)).toBe('hsl(90, 65%, 52%)')
    expect(railColour(0, 0)).toBe('hsl(0, 65%, 52%)')
  })
})
