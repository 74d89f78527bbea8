/**
 * Quote benchmark: a plan with 10,000 line items (plus the estimate's lines) exported to the
 * .xlsx workbook, end to end (estimate, lines, six sheets, zip), median and p95 wall time
 * and the process's peak RSS. Target: < 1 s and < 250 MB on the 2-core CI machine.
 * Run alone: `npx tsx bench/quote.bench.ts`.
 */
import os from 'node:os'
import {
  exportQuoteCsv,
  exportQuoteWorkbook,
  type QuoteJob
} from '../src/main/services/quote/export-quote'
import { parsePlan } from '../src/shared/core'
import { QUOTE_ITEM_CATEGORIES, quoteEditsSchema } from '../src/shared/schema/quote'
import { peakRssMB, report, seededRandom, time } from './lib/harness'

const LINE_ITEMS = 10_000

function job(): QuoteJob {
  const parsed = parsePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'Benchmark: 10,000 line items / 一万行报价',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-70b',
        tokens: 2e12,
        targetDays: 60
      },
      {
        id: 'serve',
        kind: 'llm-inference',
        accelerator: 'nvidia-h200-sxm-141gb',
        model: 'llama-3.1-70b',
        weightPrecision: 'fp8',
        contextTokens: 8192,
        concurrency: 32
      },
      {
        id: 'video',
        kind: 'video-analytics',
        accelerator: 'huawei-atlas-300i-duo',
        streams: 2000,
        resolution: '1080p',
        fps: 25,
        model: 'yolov5s-detection'
      }
    ],
    settings: { currency: 'CNY', taxRate: 0.13, discount: 0.05 }
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  const random = seededRandom(6)
  const items = Array.from({ length: LINE_ITEMS }, (_, i) => ({
    id: `item-${i}`,
    category: QUOTE_ITEM_CATEGORIES[i % QUOTE_ITEM_CATEGORIES.length],
    description:
      i % 3 === 0 ? `机柜配件 ${i}：光模块 400G QSFP-DD` : `Cable assembly ${i}, 3 m, LSZH jacket`,
    quantity: 1 + Math.floor(random() * 100),
    unit: i % 2 === 0 ? 'pcs' : '个',
    unitPrice: Math.round(random() * 100_000) / 100,
    ...(i % 7 === 0 ? { currency: 'USD' as const } : {}),
    optional: i % 50 === 0
  }))
  const edits = quoteEditsSchema.parse({ items, support: { ratePerYear: 0.08 }, language: 'both' })
  return { plan: parsed.plan, edits, locale: 'zh-CN', options: { date: '2025-01-01' } }
}

async function main(): Promise<void> {
  const input = job()
  // What the process holds before exporting (tsx runtime, core, catalog, exceljs, zod).
  const baselineRss = peakRssMB()
  const first = await exportQuoteWorkbook(input)
  const bytes = first.bytes.byteLength
  const firstExportRss = peakRssMB()
  const cpuBefore = process.cpuUsage()
  const xlsx = await time(() => exportQuoteWorkbook(input), { runs: 10, warmup: 1 })
  const cpu = process.cpuUsage(cpuBefore)
  // Warm-up + runs, so the CPU time per export is over all of them.
  const cpuMsPerExport = (cpu.user + cpu.system) / 1000 / (xlsx.samples.length + 1)
  const peakAfterXlsx = peakRssMB()
  const csv = await time(() => exportQuoteCsv(input), { runs: 10, warmup: 2 })
  const met = xlsx.medianMs < 1000 && peakAfterXlsx < 250
  const notes =
    `process before exporting ${baselineRss.toFixed(0)} MB; after one export ${firstExportRss.toFixed(0)} MB; ` +
    `peak over ${xlsx.samples.length + 2} back-to-back exports ${peakAfterXlsx.toFixed(0)} MB; ` +
    `CPU ${cpuMsPerExport.toFixed(0)} ms per export; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`
  report([
    {
      name: `quote: ${LINE_ITEMS.toLocaleString('en-US')} line items → .xlsx (${(bytes / 1e6).toFixed(2)} MB)`,
      medianMs: xlsx.medianMs,
      p95Ms: xlsx.p95Ms,
      peakRssMB: peakAfterXlsx,
      runs: xlsx.samples.length,
      target: '< 1 s, < 250 MB',
      met,
      notes
    },
    {
      name: `quote: ${LINE_ITEMS.toLocaleString('en-US')} line items → CSV`,
      medianMs: csv.medianMs,
      p95Ms: csv.p95Ms,
      peakRssMB: peakRssMB(),
      runs: csv.samples.length
    }
  ])
  process.stderr.write(
    `xlsx median ${xlsx.medianMs.toFixed(0)} ms, p95 ${xlsx.p95Ms.toFixed(0)} ms, ${bytes} bytes; ${notes}; csv median ${csv.medianMs.toFixed(0)} ms\n`
  )
}

void main()
