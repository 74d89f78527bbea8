import { describe, expect, it } from 'vitest'
import {
  detectHeader,
  headerSignature
} from '../../../../../src/main/services/inventory/header/detect-header'
import { LIMITS } from '../../../../../src/main/services/inventory/limits'
import type { CellValue, RawRow } from '../../../../../src/main/services/inventory/read/raw-row'

/** Rows numbered from `first`, one per array. */
function rows(cells: CellValue[][], first = 1): RawRow[] {
  return cells.map((row, offset) => ({ row: first + offset, cells: row }))
}

const fields = (detection: ReturnType<typeof detectHeader>) =>
  Object.fromEntries(detection.columns.map((column) => [column.letter, column.field]))

describe('detectHeader', () => {
  it('skips title, note and blank rows above the header', () => {
    const detection = detectHeader(
      rows([
        ['GPU 库存 2024'],
        [null, '', '  '],
        ['单位：万元'],
        ['型号', '显存', '功耗', '单价'],
        ['H100', '80GB', '700W', '25']
      ])
    )
    expect(detection.headerRow).toBe(4)
    expect(detection.headerRowCount).toBe(1)
    expect(fields(detection)).toEqual({ A: 'name', B: 'memoryGB', C: 'tdpW', D: 'price' })
    expect(detection.remembered).toBe(false)
    expect(detection.signature).toMatch(/^[0-9a-f]{16}$/)
  })

  it('joins a merged group label over its sub-labels when that maps more fields', () => {
    const detection = detectHeader(
      rows([
        ['型号', '显存', '', '功耗'],
        ['', '容量', '带宽', ''],
        ['H100', '80', '3350', '700']
      ])
    )
    expect(detection.headerRow).toBe(1)
    expect(detection.headerRowCount).toBe(2)
    expect(detection.columns.map((column) => column.header)).toEqual([
      '型号',
      '显存 容量',
      '显存 带宽',
      '功耗'
    ])
    expect(fields(detection)).toMatchObject({ B: 'memoryGB', C: 'memoryBandwidthGBs' })
  })

  it('does not join rows that are not physically adjacent', () => {
    const detection = detectHeader([
      { row: 1, cells: ['型号', '显存', '', '功耗'] },
      { row: 3, cells: ['', '容量', '带宽', ''] }
    ])
    expect(detection.headerRowCount).toBe(1)
  })

  it('gives a field to the most confident column, the leftmost on a tie, and reports the other', () => {
    const detection = detectHeader(rows([['型号', '显存', 'VRAM', '功耗', 'GPU显存']]))
    expect(fields(detection)).toEqual({ A: 'name', B: 'memoryGB', C: null, D: 'tdpW', E: null })
    expect(detection.duplicateColumns).toEqual([
      { index: 3, field: 'memoryGB' },
      { index: 5, field: 'memoryGB' }
    ])
  })

  it('finds no header below the minimum score, but still applies user overrides', () => {
    const detection = detectHeader(
      rows([
        ['显存', '备注'],
        ['80', 'x']
      ]),
      {
        overrides: [{ index: 2, field: 'name' }]
      }
    )
    expect(detection.headerRow).toBeNull()
    expect(detection.signature).toBe('')
    expect(detection.columns).toEqual([
      { index: 2, letter: 'B', header: '', field: 'name', confidence: 1, source: 'user' }
    ])
  })

  it('searches only the first rows for the header unless told which row', () => {
    const filler: CellValue[][] = Array.from({ length: LIMITS.headerSearchRows }, () => ['note'])
    const late = rows([...filler, ['型号', '显存', '功耗']])
    expect(detectHeader(late).headerRow).toBeNull()
    expect(detectHeader(late, { headerRow: LIMITS.headerSearchRows + 1 }).headerRow).toBe(
      LIMITS.headerSearchRows + 1
    )
  })

  it('takes a forced header row even when it maps little', () => {
    const detection = detectHeader(
      rows([
        ['型号', '显存', '功耗'],
        ['Colour', 'Size']
      ]),
      {
        headerRow: 2
      }
    )
    expect(detection.headerRow).toBe(2)
    expect(fields(detection)).toEqual({ A: null, B: null })
  })

  it('lets remembered then user choices move a field between columns', () => {
    const layout = rows([['型号', '显存', '功耗', 'Part']])
    const signature = detectHeader(layout).signature
    const seen: string[] = []
    const detection = detectHeader(layout, {
      recall: (asked) => {
        seen.push(asked)
        return [{ index: 4, field: 'name' }]
      },
      overrides: [
        { index: 3, field: null },
        { index: LIMITS.maxColumns + 1, field: 'notes' }
      ]
    })
    expect(seen).toEqual([signature])
    expect(detection.remembered).toBe(true)
    expect(detection.columns.map(({ letter, field, source }) => [letter, field, source])).toEqual([
      ['A', null, 'remembered'],
      ['B', 'memoryGB', 'synonym'],
      ['C', null, 'user'],
      ['D', 'name', 'remembered']
    ])
  })
})

describe('headerSignature', () => {
  it('ignores case, width, units and trailing blank columns', () => {
    const base = headerSignature(['型号', 'Memory (GiB)', 'TDP'])
    expect(headerSignature(['型号', 'ＭＥＭＯＲＹ', 'tdp', '', ''])).toBe(base)
  })

  it('changes with the order or the words of the labels', () => {
    const base = headerSignature(['型号', '显存'])
    expect(headerSignature(['显存', '型号'])).not.toBe(base)
    expect(headerSignature(['型号', '显存', '功耗'])).not.toBe(base)
    // Labels are joined with a separator: ['ab', 'c'] is not ['a', 'bc'].
    expect(headerSignature(['ab', 'c'])).not.toBe(headerSignature(['a', 'bc']))
  })
})
