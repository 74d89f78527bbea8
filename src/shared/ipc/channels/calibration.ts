/** Channel names of the 'calibration' area (method name → channel). Dependency-free: bundled into the preload. */
export const CALIBRATION_CHANNELS = {
  /** A measurements sheet (CSV/TSV/xlsx) → calibration measurements, read by the importer's reader. */
  readMeasurements: 'calibration.readMeasurements'
} as const
