/**
 * Plan commands for calibration profiles (issue 16): use a fitted profile in the plan (a
 * profile of the same name is replaced) or stop using one. Applied through the plan store's
 * `run()` like every other command, so they are undoable transactions on plain data.
 */
import type { PlanDocument } from '@shared/schema/plan'
import type { CalibrationProfile } from '@shared/schema/calibration'
import { plainCopy } from '../lib/copy'

export function useCalibration(draft: PlanDocument, profile: CalibrationProfile): void {
  const others = (draft.calibrations ?? []).filter((p) => p.name !== profile.name)
  // Newest first: the first matching profile is the one a workload uses.
  draft.calibrations = [plainCopy(profile), ...others]
}

export function removeCalibration(draft: PlanDocument, name: string): void {
  const left = (draft.calibrations ?? []).filter((p) => p.name !== name)
  if (left.length > 0) draft.calibrations = left
  else delete draft.calibrations
}
