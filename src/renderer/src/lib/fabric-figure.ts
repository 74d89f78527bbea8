/**
 * Layout of the compute-fabric figure on Results: which switches and server blocks to draw
 * and where. A large fabric is drawn with a few representative nodes per tier (the first
 * ones, a gap, the last one) and its counts are written out, so 256 leaves stay legible.
 */
import type { FabricSummary } from '@shared/core/cluster'

export type Drawn = { kind: 'node'; index: number; x: number } | { kind: 'gap'; x: number }

/** Indices to draw out of `count`: all when they fit, else the first `max − 2`, a gap, the last. */
export function sample(
  count: number,
  max: number
): ({ kind: 'node'; index: number } | { kind: 'gap' })[] {
  if (count <= max) return Array.from({ length: count }, (_, index) => ({ kind: 'node', index }))
  const head = Math.max(1, max - 2)
  return [
    ...Array.from({ length: head }, (_, index) => ({ kind: 'node' as const, index })),
    { kind: 'gap' as const },
    { kind: 'node' as const, index: count - 1 }
  ]
}

/** Spread `items` evenly across [left, right], centred. */
function place<T extends object>(items: T[], left: number, right: number, step: number) {
  const width = (items.length - 1) * step
  const start = (left + right) / 2 - width / 2
  return items.map((item, i) => ({ ...item, x: start + i * step }))
}

export interface LeafGroupLayout {
  /** Which leaf group (scalable unit) of the fabric, or a gap. */
  kind: 'node' | 'gap'
  index: number
  x: number
  width: number
  leaves: ({ kind: 'node'; index: number; x: number } | { kind: 'gap'; x: number })[]
}

export interface FabricLayout {
  width: number
  height: number
  /** x where the count labels start. */
  labelX: number
  rows: { core?: number; spine?: number; leaf: number; server: number }
  cores: Drawn[]
  spines: Drawn[]
  groups: LeafGroupLayout[]
  leafGroups: number
}

const DRAW_WIDTH = 560
const LEAF_STEP = 18
const SWITCH_STEP = 34

export function fabricLayout(fabric: FabricSummary): FabricLayout {
  const leafGroups = fabric.rails > 0 ? Math.ceil(fabric.leaves / fabric.rails) : 0
  const hasSpines = fabric.spines > 0
  const hasCores = fabric.cores > 0
  let y = 28
  const rows: FabricLayout['rows'] = { leaf: 0, server: 0 }
  if (hasCores) {
    rows.core = y
    y += 78
  }
  if (hasSpines) {
    rows.spine = y
    y += 86
  }
  rows.leaf = y
  rows.server = y + 78
  const groupSlots = sample(leafGroups, 4)
  const groupSpan = (DRAW_WIDTH - 20) / Math.max(1, groupSlots.length)
  const groups: LeafGroupLayout[] = groupSlots.map((slot, i) => {
    const centre = 10 + groupSpan * (i + 0.5)
    const rails = sample(fabric.rails, Math.max(3, Math.floor((groupSpan - 16) / LEAF_STEP)))
    const leaves = place(
      rails.map((r) => (r.kind === 'node' ? r : { kind: 'gap' as const })),
      centre,
      centre,
      LEAF_STEP
    )
    return {
      kind: slot.kind,
      index: slot.kind === 'node' ? slot.index : -1,
      x: centre,
      width: Math.min(groupSpan - 12, rails.length * LEAF_STEP + 12),
      leaves
    }
  })
  const spines = place(sample(fabric.spines, 12), 10, DRAW_WIDTH - 10, SWITCH_STEP)
  const cores = place(sample(fabric.cores, 10), 10, DRAW_WIDTH - 10, SWITCH_STEP)
  return {
    width: 860,
    height: rows.server + 34,
    labelX: DRAW_WIDTH + 24,
    rows,
    cores,
    spines,
    groups,
    leafGroups
  }
}

/** A rail's colour: evenly spaced hues at a lightness readable on light and dark cards. */
export function railColour(rail: number, rails: number): string {
  const hue = Math.round((rail * 360) / Math.max(1, rails)) % 360
  return `hsl(${hue}, 65%, 52%)`
}

/** Height of a switch box; links meet its top or bottom edge. */
export const SWITCH_H = 14

/** A line of the figure; a rail's line carries its rail index (for its colour). */
export interface FabricLink {
  key: string
  x1: number
  y1: number
  x2: number
  y2: number
  rail?: number
}

const nodes = <T extends { kind: string }>(items: T[]) =>
  items.filter((item): item is T & { kind: 'node' } => item.kind === 'node')

/**
 * Every line of the figure, drawn before the boxes so they sit on top: each drawn spine to
 * each drawn core, each drawn leaf to each drawn spine, and each leaf down to its servers (a
 * rail). Gaps (…) have no links.
 */
export function fabricLinks(layout: FabricLayout): FabricLink[] {
  const { rows } = layout
  const top = (y: number) => y - SWITCH_H / 2
  const bottom = (y: number) => y + SWITCH_H / 2
  const spines = nodes(layout.spines)
  const groups = nodes(layout.groups)
  const links: FabricLink[] = []
  const link = (key: string, from: { x: number }, y1: number, to: { x: number }, y2: number) =>
    links.push({ key, x1: from.x, y1, x2: to.x, y2 })
  if (rows.core !== undefined && rows.spine !== undefined)
    for (const [si, spine] of spines.entries())
      for (const [ci, core] of nodes(layout.cores).entries())
        link(`c${si}-${ci}`, spine, top(rows.spine), core, bottom(rows.core))
  if (rows.spine !== undefined)
    for (const [gi, group] of groups.entries())
      for (const [li, leaf] of nodes(group.leaves).entries())
        for (const [si, spine] of spines.entries())
          link(`s${gi}-${li}-${si}`, leaf, top(rows.leaf), spine, bottom(rows.spine))
  for (const [gi, group] of groups.entries())
    for (const [li, leaf] of nodes(group.leaves).entries())
      links.push({
        key: `r${gi}-${li}`,
        x1: leaf.x,
        y1: bottom(rows.leaf),
        x2: group.x,
        y2: rows.server - 14,
        rail: leaf.index
      })
  return links
}

/** The switch tiers above the leaves that this fabric has, top down, with their row. */
export function upperTiers(
  layout: FabricLayout
): { tier: 'core' | 'spine'; y: number; drawn: Drawn[] }[] {
  const tiers = [
    { tier: 'core' as const, y: layout.rows.core, drawn: layout.cores },
    { tier: 'spine' as const, y: layout.rows.spine, drawn: layout.spines }
  ]
  return tiers.filter((t): t is typeof t & { y: number } => t.y !== undefined)
}
