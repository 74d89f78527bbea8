/** Request/response schemas of the 'calibration' channels (see ../channels/calibration.ts). */
import { z } from 'zod'
import { filePayloadSchema } from '../../schema/inventory'
import { calibrationMeasurementSchema, calibrationProfileSchema } from '../../schema/calibration'
import { appSettingsSchema } from '../../schema/settings'

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

const profileName = calibrationProfileSchema.shape.name

export const importProfilesResponseSchema = z.object({
  settings: appSettingsSchema,
  added: z.array(z.string()),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  unchanged: z.array(z.string())
})
export type ImportProfilesResponse = z.infer<typeof importProfilesResponseSchema>

export const calibrationContract = {
  'calibration.readMeasurements': {
    request: z.strictObject({ file: filePayloadSchema }),
    response: readMeasurementsResponseSchema
  },
  'calibration.profiles.save': {
    request: z.strictObject({ profile: calibrationProfileSchema }),
    response: z.object({ settings: appSettingsSchema, replaced: z.boolean() })
  },
  'calibration.profiles.rename': {
    request: z.strictObject({ from: profileName, to: profileName }),
    response: appSettingsSchema
  },
  'calibration.profiles.delete': {
    request: z.strictObject({ name: profileName }),
    response: appSettingsSchema
  },
  'calibration.profiles.import': {
    // The size limit is the reader's (a located, translated message), not the request's.
    request: z.strictObject({ fileName: z.string().min(1).max(1000), text: z.string() }),
    response: importProfilesResponseSchema
  }
} as const
