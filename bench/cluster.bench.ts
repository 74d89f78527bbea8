/**
 * Whole-cluster benchmarks (issue 15 "Speed"):
 * - bill of materials for a 10,000-accelerator training plan (estimate with the cluster
 *   sizing, minus the same estimate without it = the cluster's own cost), target < 50 ms;
 * - quote export of a plan with the schema's maximum of 1,000 workloads, target < 3 s
 *   (was 72 s: exceljs's defined-name handling was quadratic), with the 250-workload export as
 *   the baseline: linear in plan size means a ratio near 4.
 * Run alone: `npx tsx bench/cluster.bench.ts`.
 */
import { exportQuoteWorkbook, type QuoteJob } from '../src/main/services/quote/export-quote'
import { estimatePlan, parsePlan } from '../src/shared/core'
import { sizeCluster } from '../src/shared/core/cluster'
import { defaultCatalog } from '../src/shared/core/catalog'
import { quoteEditsSchema } from '../src/shared/schema/quote'
import { peakRssMB, report, time } from './lib/harness'

const trainingPlan = {
  format: 'compute-planner/plan',
  version: 1,
  name: '10,000 H100 training',
  workloads: [
    {
      id: 'train',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-70b',
      tokens: 2e12,
      accelerators: 10_000
    }
  ],
  settings: { currency: 'CNY', taxRate: 0.13 }
}

function manyWorkloads(count: number): QuoteJob {
  const workloads = Array.from({ length: count }, (_, i) => ({
    id: `w${i}`,
    name: `Workload ${i}`,
    kind: 'llm-inference',
    accelerator: i % 2 === 0 ? 'nvidia-h100-sxm5-80gb' : 'huawei-ascend-910b',
    model: 'llama-2-7b',
    weightPrecision: 'fp16',
    contextTokens: 4096,
    concurrency: 4
  }))
  const parsed = parsePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: `${count} workloads`,
    workloads
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)))
  return {
    plan: parsed.plan,
    edits: quoteEditsSchema.parse({}),
    locale: 'en',
    options: { date: '2026-12-05' }
  }
}

async function main(): Promise<void> {
  const estimate = estimatePlan(trainingPlan)
  if (!estimate.ok || !estimate.totals) throw new Error(JSON.stringify(estimate.issues))
  const totals = estimate.totals
  const catalog = defaultCatalog()
  const bom = await time(
    () =>
      sizeCluster({
        groups: totals.byAccelerator,
        workloads: estimate.workloads,
        catalog,
        rackPowerLimitKW: 20
      }),
    { runs: 30, warmup: 3 }
  )
  const whole = await time(() => estimatePlan(trainingPlan), { runs: 10, warmup: 2 })
  // Linear in plan size: a quarter of the plan should take about a quarter of the time.
  const quarter = await time(() => exportQuoteWorkbook(manyWorkloads(250)), {
    runs: 3,
    warmup: 1
  })
  const job = manyWorkloads(1000)
  // CPU time as well as wall time: on a shared machine the wall time follows the load.
  const cpuBefore = process.cpuUsage()
  const quote = await time(() => exportQuoteWorkbook(job), { runs: 3, warmup: 1 })
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMsPerExport = (cpu.user + cpu.system) / 1000 / 4
  const cluster = totals.cluster!
  report([
    {
      name: `cluster: bill of materials, 10,000-accelerator training plan (${cluster.networkSwitches} switches, ${cluster.racks} racks)`,
      medianMs: bom.medianMs,
      p95Ms: bom.p95Ms,
      peakRssMB: peakRssMB(),
      runs: bom.samples.length,
      target: '< 50 ms',
      met: bom.medianMs < 50,
      notes: `whole estimate including the BOM: median ${whole.medianMs.toFixed(1)} ms`
    },
    {
      name: 'quote: 1,000-workload plan → .xlsx',
      medianMs: quote.medianMs,
      p95Ms: quote.p95Ms,
      peakRssMB: peakRssMB(),
      runs: quote.samples.length,
      target: '< 3 s',
      met: quote.medianMs < 3000,
      baseline: { name: 'quote: 250-workload plan', medianMs: quarter.medianMs },
      ratio: quote.medianMs / quarter.medianMs,
      notes: `linear would be a ratio of 4; ${(quote.medianMs / 1000).toFixed(2)} ms per workload at 1,000, ${(quarter.medianMs / 250).toFixed(2)} at 250; CPU ${cpuMsPerExport.toFixed(0)} ms per 1,000-workload export (all threads, GC included)`
    }
  ])
}

void main()
