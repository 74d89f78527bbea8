/** The company logo on the Summary sheet (not yet supported by the streaming writer; see docs). */
import type { Workbook } from 'exceljs'
import type { SheetSpec } from './spec'

export interface LogoImage {
  buffer: Buffer
  extension: 'png' | 'jpeg'
}

export function attachLogo(workbook: Workbook, spec: SheetSpec, logo: LogoImage): void {
  void workbook
  void spec
  void logo
}
