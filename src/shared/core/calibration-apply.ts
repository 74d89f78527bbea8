/**
 * Which calibration profile a workload uses, and the assumption set it supplies. A profile
 * matches a workload of its kind on its card (catalog or inventory id) and, when the profile
 * names a model, on that model. The first matching profile in the plan wins. Values the
 * planner sets on the workload or the plan still win over a profile (assumptions.ts).
 */
import type { CalibrationProfile } from '../schema/calibration'
import type { PlanDocument, Workload } from '../schema/plan'
import type { AssumptionPreset } from './assumptions'

function refId(ref: unknown): string | undefined {
  return typeof ref === 'string' ? ref : undefined
}

/**
 * `acceleratorIds`: the card the workload is evaluated on (compare mode swaps it), with the
 * catalog card an inventory entry matched.
 */
export function profileMatches(
  profile: CalibrationProfile,
  w: Workload,
  acceleratorIds: readonly string[]
): boolean {
  if (profile.kind !== w.kind) return false
  if (!acceleratorIds.includes(profile.accelerator)) return false
  if (profile.model === undefined) return true
  return 'model' in w && refId(w.model) === profile.model
}

export function calibrationFor(
  plan: PlanDocument,
  w: Workload,
  acceleratorIds: readonly string[]
): CalibrationProfile | undefined {
  return (plan.calibrations ?? []).find((profile) => profileMatches(profile, w, acceleratorIds))
}

/** The profile as a named assumption set; each source names the profile and its data. */
export function calibrationPreset(profile: CalibrationProfile): AssumptionPreset {
  const preset: AssumptionPreset = {}
  const count = profile.measurements.length
  const scope = profile.model ? `${profile.accelerator}, ${profile.model}` : profile.accelerator
  for (const [id, fitted] of Object.entries(profile.assumptions))
    preset[id] = {
      ...fitted,
      source: `Calibration profile "${profile.name}": fitted to ${count} measurement${count === 1 ? '' : 's'} on ${scope} (low–high: the measurements' spread)`
    }
  return preset
}
