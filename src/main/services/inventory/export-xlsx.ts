/**
 * Writes inventory items to .xlsx with bilingual headers the importer recognises, so
 * export → import reproduces the items. Uses exceljs's streaming writer (a regular write
 * of 50k rows peaks near 850 MB). Text is always written as a string cell, never a formula,
 * so a name like `=HYPERLINK(…)` stays inert.
 * A figure still marked sparse is written as `1248 (sparse)` so the label survives; a
 * halved one is written as its dense value (the as-given figure is not kept in the file).
 */
import { PassThrough, type Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { exportCellText } from '@shared/export/cell-text'
import { COMPUTE_FIELDS, type ComputeField, type InventoryItem } from '@shared/schema/inventory'

interface ExportColumn {
  header: string
  width: number
  numFmt?: string
  value: (item: InventoryItem) => string | number | boolean | undefined
}

function sparseAware(field: ComputeField): (item: InventoryItem) => string | number | undefined {
  return (item) => {
    const value = item[field]
    const label = item.sparse?.[field]
    return value !== undefined && label && !label.halved ? `${value} (sparse)` : value
  }
}

const COMPUTE_HEADERS: Record<ComputeField, string> = {
  fp32Tflops: 'FP32 (TFLOPS)',
  tf32Tflops: 'TF32 (TFLOPS)',
  fp16Tflops: 'FP16 (TFLOPS)',
  bf16Tflops: 'BF16 (TFLOPS)',
  fp8Tflops: 'FP8 (TFLOPS)',
  int8Tops: 'INT8 (TOPS)',
  int4Tops: 'INT4 (TOPS)'
}

/** Header texts are chosen so each maps back to exactly its field (tests check it). */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: '类型 / Type', width: 12, value: (item) => item.kind },
  { header: '厂商 / Vendor', width: 14, value: (item) => item.vendor },
  { header: '型号 / Model', width: 28, value: (item) => item.name },
  { header: '形态 / Form factor', width: 14, value: (item) => item.formFactor },
  { header: '显存类型 / Memory type', width: 14, value: (item) => item.memoryType },
  { header: '显存 / Memory (GB)', width: 12, value: (item) => item.memoryGB },
  {
    header: '显存带宽 / Memory bandwidth (GB/s)',
    width: 16,
    value: (item) => item.memoryBandwidthGBs
  },
  ...COMPUTE_FIELDS.map((field) => ({
    header: COMPUTE_HEADERS[field],
    width: 14,
    value: sparseAware(field)
  })),
  { header: '功耗 / Power (W)', width: 12, value: (item) => item.tdpW },
  {
    header: '解码路数 / Decode streams (1080p30)',
    width: 14,
    value: (item) => item.decode1080p30Streams
  },
  { header: '发布年份 / Launch year', width: 10, value: (item) => item.launchYear },
  {
    header: '每台服务器卡数 / Accelerators per server',
    width: 12,
    value: (item) => item.acceleratorsPerServer
  },
  { header: '所配加速卡 / Server accelerator', width: 20, value: (item) => item.acceleratorName },
  {
    header: '单价 / Unit price',
    width: 14,
    numFmt: '#,##0.00',
    value: (item) => item.price?.amount
  },
  { header: '币种 / Currency', width: 8, value: (item) => item.price?.currency },
  { header: '报价日期 / Price date', width: 12, value: (item) => item.price?.date },
  { header: '价格来源 / Price source', width: 24, value: (item) => item.price?.source },
  // The unit price column's header is neutral, so VAT inclusion travels per row: TRUE or blank.
  {
    header: '价格含税 / Price includes VAT',
    width: 10,
    value: (item) => (item.price?.taxIncluded === true ? true : undefined)
  },
  {
    header: '库存数量 / Quantity on hand',
    width: 10,
    numFmt: '#,##0',
    value: (item) => item.quantityOnHand
  },
  { header: '备注 / Notes', width: 30, value: (item) => item.notes }
]

/** Streams the workbook into `output` (a file stream or a buffer collector). */
export async function writeInventoryWorkbook(
  items: Iterable<InventoryItem>,
  output: Writable
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false
  })
  const sheet = workbook.addWorksheet('Inventory', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {})
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  for (const item of items) {
    const row = sheet.addRow(
      EXPORT_COLUMNS.map((column) => {
        const value = column.value(item)
        // The export sanitiser every writer shares: a U+FFFE in a name must not corrupt the file.
        return typeof value === 'string' ? exportCellText(value) : (value ?? null)
      })
    )
    // exceljs would treat an object like { formula } as a formula; plain strings stay strings.
    row.commit()
  }
  sheet.commit()
  await workbook.commit()
}

export async function inventoryWorkbookBuffer(items: Iterable<InventoryItem>): Promise<Buffer> {
  const collector = new PassThrough()
  const chunks: Buffer[] = []
  collector.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    collector.on('end', resolve)
    collector.on('error', reject)
  })
  await writeInventoryWorkbook(items, collector)
  collector.end()
  await finished
  return Buffer.concat(chunks)
}
