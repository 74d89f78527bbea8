/**
 * What the main process and an import worker say to each other. One worker reads one file:
 * the request is the one message it receives (it may have been started before the file was
 * chosen); it answers with progress messages and then exactly one
 * result or failure, all plain data (structured clone).
 */
import type { ErrorCode, Issue } from '@shared/ipc/envelope'
import type { InspectResult, ImportReport, MappingOverride } from '@shared/schema/inventory'
import type { ImportedRowsSnapshot } from '../imported-rows'
import type { IssueParams } from '../issues'
import type { TextEncoding } from '../read/text-decode'
import type { Location } from '@shared/schema/inventory'

export interface WorkerRequest {
  op: 'import' | 'inspect'
  file: string
  bytes: Uint8Array
  sheet?: string
  headerRow?: number
  mapping?: MappingOverride
  encoding?: TextEncoding
  halveSparse?: boolean
  defaultCurrency?: string
  /** Remembered mappings by header signature (the library's recall, as data). */
  remembered: Record<string, MappingOverride>
  /** The worker's own deadline (it also stops cooperatively); the main process enforces it too. */
  budgetMs: number
}

/** A failure as data: an InventoryError's name and params (rebuilt in main), or a plain ServiceError. */
export type WorkerFailure =
  | {
      kind: 'inventory'
      code: ErrorCode
      messageName: string
      params: IssueParams
      location: Location
    }
  | { kind: 'service'; code: ErrorCode; message: string; issues?: Issue[] }

export type WorkerMessage =
  /** Its code is loaded and it waits for the request. */
  | { type: 'ready' }
  | { type: 'progress'; rows: number }
  | { type: 'imported'; report: ImportReport; rows: ImportedRowsSnapshot }
  | { type: 'inspected'; result: InspectResult }
  | { type: 'failed'; failure: WorkerFailure }
