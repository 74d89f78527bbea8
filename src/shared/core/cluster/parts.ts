/**
 * What each sizing module hands the bill of materials: a count of one part, the derivation
 * step that gives the count, and the part's catalog entry (absent when the catalog has no
 * part for the need: the line then names the need and asks for a part and a price).
 */
import type { Price } from '../../schema/plan'
import type { Step } from '../derivation'
import type { Note } from '../workloads/context'

export const PART_CLASSES = [
  'accelerator',
  'server',
  'switch',
  'nic',
  'transceiver',
  'cable',
  'storage',
  'managementNode',
  'rack',
  'pdu',
  'service'
] as const
export type PartClass = (typeof PART_CLASSES)[number]

/** Cost breakdown buckets (Results chart, quote categories). */
export const COST_CATEGORIES = [
  'accelerators',
  'servers',
  'network',
  'storage',
  'facility',
  'services'
] as const
export type CostCategory = (typeof COST_CATEGORIES)[number]

/**
 * What a part does in the cluster. The same switch can be a compute leaf and a compute spine,
 * the same rack a compute rack and a management rack: the role keeps such lines apart and
 * names them (message `bomRoles.<role>`), and lines of one part in one role merge.
 */
export const PART_ROLES = [
  'computeAccelerator',
  'computeServer',
  'computeSystem',
  'computeLeaf',
  'computeSpine',
  'computeCore',
  'computeNodeLeafLinks',
  'computeLeafSpineLinks',
  'computeSpineCoreLinks',
  'northSouthLeaf',
  'northSouthSpine',
  'northSouthNodeLeafLinks',
  'northSouthLeafSpineLinks',
  'outOfBand',
  'storage',
  'managementNodes',
  'computeRack',
  'managementRack',
  'installation',
  'support',
  'plannerItem'
] as const
export type PartRole = (typeof PART_ROLES)[number]

export interface PartCount {
  /** Stable line id, e.g. `compute:h100-sxm:leaf`. */
  lineId: string
  partClass: PartClass
  role: PartRole
  category: CostCategory
  /** Catalog id of the part; absent when no catalog part fits (the need is in `name`). */
  partId?: string
  name: string
  /** The section and step whose value is the quantity. */
  section: string
  step: string
  quantity: number
  /** The catalog's price for the part, if any (else the price book or "price needed"). */
  price?: Price
}

export interface SizingSection {
  /** `compute:<accelerator id>`, `frontend`, `oob`, `storage`, `facility`, `services`. */
  id: string
  /** i18n key of the section title. */
  titleKey: string
  titleParams?: Record<string, string | number>
  steps: Step[]
  parts: PartCount[]
  notes: Note[]
}
