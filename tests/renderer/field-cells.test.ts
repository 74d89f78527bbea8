import { describe, expect, it } from 'vitest'
import {
  fieldName,
  numberCell,
  precisionCell,
  selectCell,
  zeroStageCell
} from '@renderer/components/workloads/field-cells'

describe('field cells', () => {
  it('fieldName keeps the last segment of a dotted path', () => {
    expect(fieldName('target.inputTokens')).toBe('inputTokens')
    expect(fieldName('parallel.tensor')).toBe('tensor')
    expect(fieldName('a.b.c')).toBe('c')
    expect(fieldName('concurrency')).toBe('concurrency')
  })

  it('numberCell and selectCell describe the control, field and width, plus the options given', () => {
    expect(numberCell('contextTokens', 12, { integer: true, testid: 'ctx' })).toEqual({
      control: 'number',
      field: 'contextTokens',
      span: 12,
      integer: true,
      testid: 'ctx'
    })
    expect(numberCell('streams', 6)).toEqual({ control: 'number', field: 'streams', span: 6 })
    expect(selectCell('kvPrecision', 8, ['fp8', 'fp16'], { clearable: true })).toEqual({
      control: 'select',
      field: 'kvPrecision',
      span: 8,
      options: ['fp8', 'fp16'],
      clearable: true
    })
  })

  it('precisionCell is a clearable select whose empty text is the upper-case default', () => {
    expect(precisionCell(6, ['bf16', 'fp8'])).toEqual({
      control: 'select',
      field: 'precision',
      span: 6,
      options: ['bf16', 'fp8'],
      clearable: true,
      empty: 'upper'
    })
  })

  it('zeroStageCell offers ZeRO stages 0 to 3 as written, clearable, with help', () => {
    const cell = zeroStageCell(8)
    expect(cell.field).toBe('zeroStage')
    expect(cell.span).toBe(8)
    expect(cell.options).toEqual([0, 1, 2, 3])
    expect(cell).toMatchObject({
      control: 'select',
      optionLabels: 'plain',
      clearable: true,
      empty: 'number',
      help: true
    })
  })
})
