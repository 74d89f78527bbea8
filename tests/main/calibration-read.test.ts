/** A measurements CSV and .xlsx through the importer's reader, to calibration measurements. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readMeasurements } from '../../src/main/services/calibration/handlers'

const CSV = [
  'kind,accelerator,model,cards,sequence length,tokens/s per card',
  'training,nvidia-a100-sxm4-80gb,llama-2-7b,8,4096,2450',
  'training,nvidia-a100-sxm4-80gb,llama-2-7b,8,4096,abc'
].join('\n')

describe('calibration.readMeasurements', () => {
  it('reads a CSV and locates the bad cell', async () => {
    const read = await readMeasurements('runs.csv', Buffer.from(CSV, 'utf8'))
    expect(read.measurements).toEqual([
      {
        kind: 'llm-training',
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-2-7b',
        accelerators: 8,
        sequenceLength: 4096,
        tokensPerSecondPerAccelerator: 2450
      }
    ])
    expect(read.rows).toEqual([2])
    expect(read.issues).toEqual([
      {
        sheet: read.sheet,
        row: 3,
        column: 'F',
        field: 'tokensPerSecondPerAccelerator',
        key: 'notANumber',
        value: 'abc'
      }
    ])
  })

  it('reads an .xlsx sheet with Chinese headers', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('实测')
    sheet.addRow(['类型', '加速卡', '模型', '批量', '上下文', '输出 tokens/s'])
    sheet.addRow(['推理', 'nvidia-h100-sxm5-80gb', 'llama-3.1-8b', 1, 2048, 120])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const read = await readMeasurements('runs.xlsx', bytes)
    expect(read.issues).toEqual([])
    expect(read.sheet).toBe('实测')
    expect(read.measurements).toEqual([
      {
        kind: 'llm-inference',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-3.1-8b',
        batch: 1,
        contextTokens: 2048,
        outputTokensPerSecond: 120
      }
    ])
  })
})
