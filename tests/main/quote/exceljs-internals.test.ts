import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  addSheetRelationship,
  afterRowBreaks,
  appendPart,
  ExceljsInternalsError,
  rewritePart,
  setDefinedNames,
  sheetDataSink,
  styleTable
} from '../../../src/main/services/quote/workbook/exceljs-internals'
import type { WorksheetWriter } from '../../../src/main/services/quote/workbook/streaming'

function streamingWorkbook() {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise((resolve) => sink.on('end', resolve))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink })
  return { workbook, bytes: async () => (await done, Buffer.concat(chunks)) }
}

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

  it('names the missing member for every internal the writer uses', () => {
    const sheet = {} as unknown as WorksheetWriter
    const book = {} as unknown as ExcelJS.stream.xlsx.WorkbookWriter
    const cases: [() => unknown, RegExp][] = [
      [() => sheetDataSink(sheet), /WorksheetWriter\.startedData/],
      [
        () => sheetDataSink({ startedData: false } as unknown as WorksheetWriter),
        /WorksheetWriter\._writeColumns/
      ],
      [() => styleTable(book), /WorkbookWriter\.styles/],
      [
        () => styleTable({ styles: {} } as unknown as ExcelJS.Workbook),
        /WorkbookWriter\.styles\.addStyleModel/
      ],
      [() => appendPart(book, 'x.xml', '<x/>'), /WorkbookWriter\.zip/],
      [() => rewritePart(book, 'x.xml', (x) => x), /WorkbookWriter\.zip/],
      [
        () => addSheetRelationship(sheet, { Target: 't', Type: 't' }),
        /WorksheetWriter\._sheetRelsWriter/
      ],
      [() => afterRowBreaks(sheet, '<drawing/>'), /WorksheetWriter\._writeRowBreaks/]
    ]
    for (const [call, member] of cases) {
      expect(call).toThrow(ExceljsInternalsError)
      expect(call).toThrow(member)
      expect(call).toThrow(/exceljs 4\.4\.0.*docs\/architecture\.md/)
    }
  })

  it('finds every member it uses in the installed exceljs', () => {
    const { workbook } = streamingWorkbook()
    const sheet = workbook.addWorksheet('S') as unknown as WorksheetWriter
    expect(() => sheetDataSink(sheet)).not.toThrow()
    expect(() => styleTable(workbook)).not.toThrow()
    expect(() => rewritePart(workbook, 'xl/x.xml', (x) => x)).not.toThrow()
    expect(() => afterRowBreaks(sheet, '')).not.toThrow()
    expect(typeof addSheetRelationship(sheet, { Target: '../x.xml', Type: 'x' })).toBe('string')
  })

  it('writes names into a workbook without print titles too', async () => {
    const { workbook, bytes } = streamingWorkbook()
    const sheet = workbook.addWorksheet('S')
    sheet.addRow([1]).commit()
    sheet.commit()
    setDefinedNames(workbook, [['Plan_pue', "'S'!$A$1"]])
    await workbook.commit()
    const read = new ExcelJS.Workbook()
    await read.xlsx.load((await bytes()) as unknown as ArrayBuffer)
    expect(read.definedNames.model.map((n) => n.name)).toEqual(['Plan_pue'])
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
