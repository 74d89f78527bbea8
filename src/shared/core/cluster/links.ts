/**
 * Link ends: which transceiver and which cable a link of a given speed and reach class
 * takes, and how many of each. The rack-layout rule that gives the reach class lives with
 * the fabric that owns the links (fabric.ts, access.ts); this module only picks parts.
 *
 * Rule (docs/methodology.md, "Cables and transceivers"): a link inside one rack is a passive
 * copper DAC (no transceivers); a link along a row is multimode fibre with SR optics; a link
 * across the hall is single-mode fibre with DR/FR/LR optics. A transceiver carries as many
 * links as its cage has ports (a twin-port OSFP carries two), never more than the end allows.
 */
import type { CableSpec, NetworkCatalog, ReachClass, TransceiverSpec } from './network-catalog'

const REACH_ORDER: Record<ReachClass, number> = { rack: 0, row: 1, hall: 2 }

/** The cable for a reach class: DAC in a rack, fibre beyond (copper for 1G management). */
export function cableFor(
  catalog: NetworkCatalog,
  reach: ReachClass,
  gbps: number
): CableSpec | undefined {
  if (gbps <= 10) return catalog.cables.find((c) => c.kind === 'copper')
  if (reach === 'rack') return catalog.cables.find((c) => c.kind === 'dac')
  const fibre = catalog.cables.filter((c) => c.kind === 'fibre')
  return (
    fibre.find((c) => c.reach === reach) ??
    fibre.find((c) => REACH_ORDER[c.reach] >= REACH_ORDER[reach])
  )
}

/**
 * The transceiver at one end of fibre links: the right speed, reach at least the class, and
 * as many ports per module as the end's cage allows (fewest modules). Undefined: none in
 * the catalog (the line then says which part is needed).
 */
export function transceiverFor(
  catalog: NetworkCatalog,
  reach: ReachClass,
  gbps: number,
  portsPerCage: number
): TransceiverSpec | undefined {
  const fits = catalog.transceivers.filter(
    (t) => t.gbps === gbps && t.ports <= portsPerCage && REACH_ORDER[t.reach] >= REACH_ORDER[reach]
  )
  fits.sort(
    (a, b) =>
      b.ports - a.ports || REACH_ORDER[a.reach] - REACH_ORDER[b.reach] || a.maxMeters - b.maxMeters
  )
  return fits[0]
}

/** Whether links of this reach and speed need transceivers (DAC and copper do not). */
export function needsTransceivers(reach: ReachClass, gbps: number): boolean {
  return reach !== 'rack' && gbps > 10
}
