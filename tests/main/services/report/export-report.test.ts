import { describe, expect, it } from 'vitest'
import {
  exportComparisonCsv,
  exportReportPdf,
  reportHtmlFor
} from '../../../../src/main/services/report/export-report'
import type { PdfEngine } from '../../../../src/main/services/report/pdf-engine'
import { ServiceError } from '../../../../src/shared/ipc/envelope'
import { plan, trainingAndServing } from '../../quote/helpers/fixtures'

/** An engine that keeps the HTML it was asked to print and answers fixed bytes. */
function recordingEngine() {
  const printed: string[] = []
  const engine: PdfEngine = {
    name: 'fake',
    print: async (html) => {
      printed.push(html)
      return Buffer.from('%PDF-1.7 fake')
    }
  }
  return { engine, printed }
}

describe('exportReportPdf', () => {
  it('prints the report HTML with the engine and names the file after the plan', async () => {
    const { engine, printed } = recordingEngine()
    const output = await exportReportPdf(
      {
        plan: trainingAndServing(),
        locale: 'en',
        options: { company: 'ACME', author: 'Li', date: '2026-03-04' }
      },
      engine
    )
    expect(output).toEqual({
      fileName: 'GPU cluster 2025 - Compute plan report.pdf',
      mimeType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.7 fake')
    })
    expect(printed).toHaveLength(1)
    expect(printed[0]).toContain('GPU cluster 2025')
    expect(printed[0]).toContain('ACME')
    expect(printed[0]).toContain('2026-03-04')
  })

  it('writes the report in the requested language, whatever the app’s', async () => {
    const { engine } = recordingEngine()
    const output = await exportReportPdf(
      {
        plan: trainingAndServing({ name: 'A/B: test' }),
        locale: 'en',
        options: { language: 'zh-CN' }
      },
      engine
    )
    expect(output.fileName).toBe('A B test - 算力规划报告.pdf')
  })

  it('escapes markup in the plan name and letterhead instead of printing it as HTML', () => {
    const html = reportHtmlFor({
      plan: trainingAndServing({ name: '<img src=x onerror=alert(1)>' }),
      locale: 'en',
      options: { company: '<script>steal()</script>', date: '2026-01-01' }
    })
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>steal')
    expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt;')
  })

  it('refuses a plan with no workload to report, before printing anything', async () => {
    const { engine, printed } = recordingEngine()
    const empty = plan({ format: 'compute-planner/plan', version: 1, name: 'Empty', workloads: [] })
    await expect(exportReportPdf({ plan: empty, locale: 'en' }, engine)).rejects.toMatchObject({
      code: 'INVALID_PLAN'
    })
    expect(printed).toEqual([])
  })
})

describe('exportComparisonCsv', () => {
  it('answers the comparison table as UTF-8 CSV named after the plan', () => {
    const output = exportComparisonCsv({ plan: trainingAndServing(), locale: 'zh-CN' })
    expect(output.fileName).toBe('GPU cluster 2025 - 方案比较.csv')
    expect(output.mimeType).toBe('text/csv')
    const text = output.bytes.toString('utf8')
    expect(text.split(/\r?\n/).filter((line) => line !== '').length).toBeGreaterThan(1)
  })

  it('refuses a plan that cannot be compared', () => {
    const empty = plan({ format: 'compute-planner/plan', version: 1, name: 'Empty', workloads: [] })
    expect(() => exportComparisonCsv({ plan: empty, locale: 'en' })).toThrow(ServiceError)
  })
})
