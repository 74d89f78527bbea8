/**
 * The planner's calibration profile library, kept in settings.json (`calibrationProfiles`).
 * Each change is one serialised settings write (SettingsStore.update: atomic, announced to
 * every window like any other settings change); the rules are the pure shared module's.
 */
import { ServiceError, type ErrorCode } from '@shared/ipc/envelope'
import type { AppSettings } from '@shared/schema/settings'
import type { CalibrationProfile } from '@shared/schema/calibration'
import {
  deleteProfile,
  importProfiles,
  ProfileLibraryError,
  readProfilesText,
  renameProfile,
  saveProfile,
  type ImportOutcome
} from '@shared/calibration/profile-library'
import type { SettingsStore } from '../document/settings-store'

function codeOf(error: ProfileLibraryError): ErrorCode {
  if (error.key.startsWith('file.')) return 'UNSUPPORTED_FILE'
  return error.key === 'errors.notFound' ? 'NOT_FOUND' : 'BAD_REQUEST'
}

/** A refused change as the contract's error, with its translatable, located issues. */
function asServiceError(caught: unknown): unknown {
  if (!(caught instanceof ProfileLibraryError)) return caught
  const issues =
    caught.issues.length > 0
      ? caught.issues
      : [
          {
            path: 'calibrationProfiles',
            message: caught.message,
            key: `calibrationProfiles.${caught.key}`,
            params: caught.params
          }
        ]
  return new ServiceError(codeOf(caught), caught.message, issues)
}

async function change<T>(
  store: SettingsStore,
  apply: (settings: AppSettings) => { settings: AppSettings; result: T }
): Promise<{ settings: AppSettings; result: T }> {
  let result: T | undefined
  try {
    const settings = await store.update((current) => {
      const next = apply(current)
      result = next.result
      return next.settings
    })
    return { settings, result: result as T }
  } catch (caught) {
    throw asServiceError(caught)
  }
}

export class ProfileLibraryService {
  constructor(private readonly store: SettingsStore) {}

  async save(profile: CalibrationProfile): Promise<{ settings: AppSettings; replaced: boolean }> {
    const { settings, result } = await change(this.store, (current) => {
      const saved = saveProfile(current.calibrationProfiles, profile)
      return {
        settings: { ...current, calibrationProfiles: saved.library },
        result: saved.replaced
      }
    })
    return { settings, replaced: result }
  }

  async rename(from: string, to: string): Promise<AppSettings> {
    const { settings } = await change(this.store, (current) => ({
      settings: {
        ...current,
        calibrationProfiles: renameProfile(current.calibrationProfiles, from, to)
      },
      result: null
    }))
    return settings
  }

  async delete(name: string): Promise<AppSettings> {
    const { settings } = await change(this.store, (current) => ({
      settings: {
        ...current,
        calibrationProfiles: deleteProfile(current.calibrationProfiles, name)
      },
      result: null
    }))
    return settings
  }

  /** Reads a profile file (located refusals) and adds its profiles; nothing saved is overwritten. */
  async import(
    fileName: string,
    text: string
  ): Promise<{ settings: AppSettings } & Omit<ImportOutcome, 'library'>> {
    let incoming: CalibrationProfile[]
    try {
      incoming = readProfilesText(fileName, text)
    } catch (caught) {
      throw asServiceError(caught)
    }
    const { settings, result } = await change(this.store, (current) => {
      const { library, ...outcome } = importProfiles(current.calibrationProfiles, incoming)
      return { settings: { ...current, calibrationProfiles: library }, result: outcome }
    })
    return { settings, ...result }
  }
}
