/** Request/response schemas of the 'calibration' channels (see ../channels/calibration.ts). */
import { z } from 'zod'
import { filePayloadSchema } from '../../schema/inventory'
import { calibrationMeasurementSchema } from '../../schema/calibration'

export const measurementIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  key: z.enum(['noHeader', 'badKind', 'notANumber', 'invalid', 'noRows', 'unreadable']),
  value: z.string().optional()
})

export const readMeasurementsResponseSchema = z.object({
  sheet: z.string(),
  measurements: z.array(calibrationMeasurementSchema),
  /** Spreadsheet row of each measurement. */
  rows: z.array(z.number().int()),
  issues: z.array(measurementIssueSchema)
})
export type ReadMeasurementsResponse = z.infer<typeof readMeasurementsResponseSchema>

export const calibrationContract = {
  'calibration.readMeasurements': {
    request: z.strictObject({ file: filePayloadSchema }),
    response: readMeasurementsResponseSchema
  }
} as const
