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
  const leafGroups = fabric.leafGroups
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
    const rails = sample(
      fabric.leavesPerGroup,
      Math.max(3, Math.floor((groupSpan - 16) / LEAF_STEP))
    )
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
