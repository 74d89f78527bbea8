/** A measurements sheet → calibration measurements, with every unusable cell located. */
import { describe, expect, it } from 'vitest'
import { readMeasurementRows } from '../../../src/shared/calibration/measurement-rows'

describe('measurements sheet', () => {
  it('maps English and Chinese headers after a title row and reads every data row', () => {
    const { measurements, rows, issues } = readMeasurementRows('Sheet1', [
      { row: 1, cells: ['Our cluster, March', null] },
      {
        row: 2,
        cells: ['类型', '加速卡', '模型', '卡数', 'Tokens/s per card', '显存占用 (GB)']
      },
      { row: 3, cells: ['训练', 'nvidia-a100-sxm4-80gb', 'llama-2-7b', 8, '2,450', 61.5] },
      { row: 4, cells: [null, null, null, null, null, null] },
      { row: 5, cells: ['training', 'nvidia-a100-sxm4-80gb', 'llama-2-7b', 16, 2380, null] }
    ])
    expect(issues).toEqual([])
    expect(rows).toEqual([3, 5])
    expect(measurements).toEqual([
      {
        kind: 'llm-training',
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-2-7b',
        accelerators: 8,
        tokensPerSecondPerAccelerator: 2450,
        memoryUsedGB: 61.5
      },
      {
        kind: 'llm-training',
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-2-7b',
        accelerators: 16,
        tokensPerSecondPerAccelerator: 2380
      }
    ])
  })

  it('locates a bad kind, a word where a number belongs and an out-of-range value', () => {
    const { measurements, issues } = readMeasurementRows('runs', [
      { row: 1, cells: ['kind', 'accelerator', 'model', 'cards', 'tokens/s per card'] },
      { row: 2, cells: ['pretrain-ish', 'a', 'm', 8, 100] },
      { row: 3, cells: ['training', 'a', 'm', 'eight', 100] },
      { row: 4, cells: ['training', 'a', 'm', 8, -5] },
      { row: 5, cells: ['serving', 'a', 'm', 1, 100] }
    ])
    expect(issues).toEqual([
      { sheet: 'runs', row: 2, column: 'A', field: 'kind', key: 'badKind', value: 'pretrain-ish' },
      {
        sheet: 'runs',
        row: 3,
        column: 'D',
        field: 'accelerators',
        key: 'notANumber',
        value: 'eight'
      },
      {
        sheet: 'runs',
        row: 4,
        column: 'E',
        field: 'tokensPerSecondPerAccelerator',
        key: 'invalid',
        value: '-5'
      }
    ])
    expect(measurements).toHaveLength(1)
  })

  it('says so when no header row names the card, the model and the kind', () => {
    const { issues } = readMeasurementRows('S', [{ row: 1, cells: ['a', 'b'] }])
    expect(issues).toEqual([{ sheet: 'S', row: 1, column: '', field: '', key: 'noHeader' }])
  })
})
