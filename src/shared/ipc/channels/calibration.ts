/** Channel names of the 'calibration' area (method name → channel). Dependency-free: bundled into the preload. */
export const CALIBRATION_CHANNELS = {
  /** A measurements sheet (CSV/TSV/xlsx) → calibration measurements, read by the importer's reader. */
  readMeasurements: 'calibration.readMeasurements',
  /** The planner's profile library in the settings (issue 16); each answers the new settings. */
  saveCalibrationProfile: 'calibration.profiles.save',
  renameCalibrationProfile: 'calibration.profiles.rename',
  deleteCalibrationProfile: 'calibration.profiles.delete',
  /** A profile file's text (read by the page's file picker) → profiles added to the library. */
  importCalibrationProfiles: 'calibration.profiles.import'
} as const
