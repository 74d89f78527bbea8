/**
 * The slice of exceljs's streaming writer this module uses. exceljs types the streaming
 * workbook as a regular Workbook; these aliases say what we rely on: rows are committed
 * (written out and dropped) one by one, and a sheet is committed once.
 */
import type { Workbook, Worksheet } from 'exceljs'

export type WorksheetWriter = Worksheet & { readonly workbook: Workbook }
