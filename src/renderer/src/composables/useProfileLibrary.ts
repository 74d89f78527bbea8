/**
 * The planner's saved calibration profiles (issue 16), as the settings screen and the
 * Calibrate panel use them. The library lives in main's settings (`calibrationProfiles`);
 * every change goes through its own channel and the answer is the new settings, which every
 * other window receives as a settings change too.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CalibrationProfile } from '@shared/schema/calibration'
import type { ImportProfilesResponse } from '@shared/ipc/contracts/calibration'
import { ApiError, useApi } from '../api'
import { useDocumentStore } from '../stores/document'

export function useProfileLibrary() {
  const { t } = useI18n()
  const documents = useDocumentStore()
  const api = useApi()

  const profiles = computed<readonly CalibrationProfile[]>(
    () => documents.settings?.calibrationProfiles ?? []
  )

  /** Saves under the profile's name; answers whether a saved profile was replaced. */
  async function save(profile: CalibrationProfile): Promise<boolean> {
    const answer = await api.saveCalibrationProfile({ profile })
    documents.settings = answer.settings
    return answer.replaced
  }

  async function rename(from: string, to: string): Promise<void> {
    documents.settings = await api.renameCalibrationProfile({ from, to })
  }

  async function remove(name: string): Promise<void> {
    documents.settings = await api.deleteCalibrationProfile({ name })
  }

  async function importFile(file: File): Promise<ImportProfilesResponse> {
    const answer = await api.importCalibrationProfiles({
      fileName: file.name,
      text: await file.text()
    })
    documents.settings = answer.settings
    return answer
  }

  /**
   * A refusal in the reader's language, one line per located problem. A field of a profile
   * file comes back with its `core.validation` key and JSON path; it is placed in the file.
   */
  function problemLines(caught: unknown, fileName = ''): string[] {
    if (!(caught instanceof ApiError))
      return [t('calibrationProfiles.failed', { message: String(caught) })]
    const lines = caught.issues.map((issue) =>
      issue.key?.startsWith('core.validation.')
        ? t('calibrationProfiles.file.field', {
            file: fileName,
            path: issue.path,
            message: t(issue.key, issue.params ?? {})
          })
        : issue.key
          ? t(issue.key, issue.params ?? {})
          : `${issue.path}: ${issue.message}`
    )
    return lines.length > 0 ? lines : [t('calibrationProfiles.failed', { message: caught.message })]
  }

  return { profiles, save, rename, remove, importFile, problemLines }
}
