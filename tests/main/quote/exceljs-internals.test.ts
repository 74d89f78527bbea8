import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  ExceljsInternalsError,
  setDefinedNames
} from '../../../src/main/services/quote/workbook/exceljs-internals'

describe('exceljs internals adapter', () => {
  it('fails loudly, naming the member, when exceljs no longer has it', () => {
    const notAWorkbook = {} as unknown as ExcelJS.stream.xlsx.WorkbookWriter
    expect(() => setDefinedNames(notAWorkbook, [['A_b', "'S'!$A$1"]])).toThrow(
      ExceljsInternalsError
    )
    expect(() => setDefinedNames(notAWorkbook, [['A_b', "'S'!$A$1"]])).toThrow(
      /WorkbookWriter\.definedNames/
    )
  })

  it('writes the given names into workbook.xml, in order, one range each', async () => {
    const sink = new PassThrough()
    const chunks: Buffer[] = []
    sink.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((resolve) => sink.on('end', resolve))
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink })
    const sheet = workbook.addWorksheet('S')
    sheet.addRow([1, 2]).commit()
    sheet.commit()
    setDefinedNames(workbook, [
      ['Plan_pue', "'S'!$A$1"],
      ['G1_servers', "'S'!$B$1"]
    ])
    await workbook.commit()
    await done
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer)
    const names = read.definedNames.model
    expect(names.map((n) => n.name)).toEqual(['Plan_pue', 'G1_servers'])
    expect(names.map((n) => n.ranges.map((r) => r.replace(/'/g, '')))).toEqual([
      ['S!$A$1'],
      ['S!$B$1']
    ])
  })
})
