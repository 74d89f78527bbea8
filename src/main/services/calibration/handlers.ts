/**
 * Handlers of the 'calibration' channels: a measurements sheet read by the inventory
 * importer's reader (same sniffing, zip guard and encoding detection; its located errors
 * reach the planner unchanged), then mapped to measurements by the pure shared step.
 */
import type { Handlers } from '../../ipc/dispatch'
import type { CALIBRATION_CHANNELS } from '@shared/ipc/channels/calibration'
import type { ReadMeasurementsResponse } from '@shared/ipc/contracts/calibration'
import {
  readMeasurementRows,
  type SheetCell,
  type SheetRow
} from '@shared/calibration/measurement-rows'
import { openSource } from '../inventory/read/open-source'
import { cellText, type CellValue } from '../inventory/read/raw-row'
import type { ServiceOptions } from '../handlers'
import { documentServicesFor } from '../document/services'
import { ProfileLibraryService } from './profile-library'

type CalibrationHandlers = Pick<
  Handlers,
  (typeof CALIBRATION_CHANNELS)[keyof typeof CALIBRATION_CHANNELS]
>

/** A measurements sheet is small; more rows than this is not a measurements sheet. */
const MAX_ROWS = 10_000

function plain(value: CellValue): SheetCell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'boolean') return value
  return cellText(value)
}

export async function readMeasurements(
  fileName: string,
  bytes: Buffer
): Promise<ReadMeasurementsResponse> {
  const source = await openSource(fileName, bytes)
  let first: ReadMeasurementsResponse | undefined
  for await (const sheet of source.sheets()) {
    if (sheet.hidden) continue
    const rows: SheetRow[] = []
    for await (const batch of sheet.rows) {
      for (const raw of batch) rows.push({ row: raw.row, cells: raw.cells.map(plain) })
      if (rows.length >= MAX_ROWS) break
    }
    const read = { sheet: sheet.name, ...readMeasurementRows(sheet.name, rows) }
    // The first sheet that holds measurements; else the first sheet's problems.
    if (read.measurements.length > 0) return read
    first ??= read
  }
  return first ?? { sheet: '', measurements: [], rows: [], issues: [] }
}

export function createCalibrationHandlers(options: ServiceOptions): CalibrationHandlers {
  // The settings store every other settings channel uses (one write queue per folder).
  const { settings } = documentServicesFor(options.userDataDir, options.platform as NodeJS.Platform)
  const library = new ProfileLibraryService(settings)
  return {
    'calibration.profiles.save': ({ profile }) => library.save(profile),
    'calibration.profiles.rename': ({ from, to }) => library.rename(from, to),
    'calibration.profiles.delete': ({ name }) => library.delete(name),
    'calibration.profiles.import': ({ fileName, text }) => library.import(fileName, text),
    'calibration.readMeasurements': (request) =>
      readMeasurements(request.file.fileName, Buffer.from(request.file.dataBase64, 'base64'))
  }
}
