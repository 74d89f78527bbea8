/**
 * Formula injection: user text (plan, workload and inventory names, line descriptions,
 * units, notes, letterhead) that looks like a formula, link or DDE command stays plain text
 * in the workbook, and is neutralised in the CSV.
 */
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { computeQuoteLines } from '@shared/quote/lines'
import { csvField, quoteLinesToCsv } from '@shared/quote/csv'
import { estimatePlan } from '@shared/core'
import { exportQuoteWorkbook } from '../../../src/main/services/quote/export-quote'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/x","Click me")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-1+1',
  '=1+1',
  '\t=1+1',
  '\r=1+1',
  '=WEBSERVICE("http://evil.example")'
]

function hostilePlan() {
  return plan({
    format: 'compute-planner/plan',
    version: 1,
    name: PAYLOADS[0],
    workloads: [
      {
        id: 'w1',
        name: PAYLOADS[1],
        kind: 'custom',
        accelerator: 'mine',
        acceleratorHours: 1000,
        targetDays: 5
      }
    ],
    settings: { currency: 'CNY' },
    inventory: [
      {
        id: 'mine',
        vendor: PAYLOADS[2],
        // Names are not trimmed: this one reaches the CSV with its leading carriage return.
        name: PAYLOADS[6],
        formFactorClass: 'pcie',
        fp16Tflops: 100,
        memoryGB: 24,
        tdpW: 300,
        quantityOnHand: 0,
        price: { amount: 10000, currency: 'CNY', source: PAYLOADS[7] }
      }
    ]
  })
}

function hostileEdits() {
  return edits({
    items: PAYLOADS.map((payload, i) => ({
      id: `item${i}`,
      category: 'other' as const,
      description: payload.trim() === '' ? 'x' : payload,
      quantity: 1,
      unit: payload.slice(0, 40),
      unitPrice: 10,
      notes: payload
    })),
    overrides: [{ lineId: 'server:mine', description: PAYLOADS[3] }],
    notes: PAYLOADS[5]
  })
}

describe('the workbook', () => {
  it('keeps every payload as plain text: no formula, link or rich value from user text', async () => {
    const output = await exportQuoteWorkbook({
      plan: hostilePlan(),
      edits: hostileEdits(),
      locale: 'en',
      options: { date: '2025-01-01', letterhead: { company: PAYLOADS[4], author: PAYLOADS[2] } }
    })
    const workbook = await readWorkbook(output.bytes)
    const seen = new Set<string>()
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.hyperlink, `${sheet.name}!${cell.address}`).toBeFalsy()
          const value = cell.value
          if (value !== null && typeof value === 'object' && 'formula' in value) {
            // Formulas come only from the workbook's own templates: names, cells, arithmetic.
            expect(value.formula, `${sheet.name}!${cell.address}`).toMatch(
              /^[A-Za-z0-9_.$:+\-*/^(),]+$/
            )
            expect(value.formula).not.toMatch(/HYPERLINK|WEBSERVICE|cmd|calc/i)
            return
          }
          expect(typeof value === 'object' && value !== null && 'richText' in value).toBe(false)
          if (typeof value === 'string')
            for (const payload of PAYLOADS) if (value.includes(payload.trim())) seen.add(payload)
        })
      })
    })
    // Every payload reached the workbook, as text.
    for (const payload of PAYLOADS) expect(seen.has(payload), JSON.stringify(payload)).toBe(true)

    // And at the file level: no external relationships, no hyperlinks part, no DDE links.
    const zip = await JSZip.loadAsync(output.bytes)
    for (const name of Object.keys(zip.files)) {
      expect(name).not.toMatch(/externalLink|connections/)
      const text = await zip.file(name)?.async('string')
      if (!text || (!name.endsWith('.xml') && !name.endsWith('.rels'))) continue
      expect(text, name).not.toMatch(/TargetMode="External"|<hyperlink /)
      expect(text, name).not.toMatch(/<f>[^<]*(HYPERLINK|WEBSERVICE|cmd)/)
    }
  })

  it('survives characters XML cannot carry (the file stays readable)', async () => {
    const hostile = hostilePlan()
    hostile.name = 'bad \u0001\u0008\uFFFF chars \uD800 end'
    const quoteEdits = edits()
    const output = await exportQuoteWorkbook({
      plan: hostile,
      edits: quoteEdits,
      locale: 'zh-CN',
      options: { date: '2025-01-01' }
    })
    const workbook = await readWorkbook(output.bytes)
    const title = workbook.getWorksheet('报价单')!.getCell('A1').value as string
    expect(title).toContain('bad \uFFFD\uFFFD\uFFFD chars \uFFFD end')
  })
})

describe('the CSV export', () => {
  it('neutralises = + - @ tab and CR at the start of a field', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`)
    expect(csvField('+cmd')).toBe(`"'+cmd"`)
    expect(csvField('-1+1')).toBe(`"'-1+1"`)
    expect(csvField('@SUM(1)')).toBe(`"'@SUM(1)"`)
    expect(csvField('\t=1')).toBe(`"'\t=1"`)
    expect(csvField('\r=1')).toBe(`"'\r=1"`)
    expect(csvField('say "hi", =x')).toBe(`"say ""hi"", =x"`)
    expect(csvField(12.5)).toBe('"12.5"')
  })

  it('no line of the quote can start a formula', () => {
    const hostile = hostilePlan()
    const estimate = estimatePlan(hostile)
    const csv = quoteLinesToCsv(computeQuoteLines(hostile, estimate, hostileEdits()), 'en')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    // Parse the fields back (all are quoted) and check none starts with a trigger.
    const fields = [...csv.slice(1).matchAll(/"((?:[^"]|"")*)"/g)].map((m) =>
      m[1].replace(/""/g, '"')
    )
    expect(fields.length).toBeGreaterThan(PAYLOADS.length * 9)
    for (const field of fields) expect(field, JSON.stringify(field)).not.toMatch(/^[=+\-@\t\r]/)
    // Descriptions are trimmed by the schema; the inventory name keeps its carriage return.
    for (const payload of PAYLOADS) expect(fields).toContain(`'${payload.trim()}`)
    expect(fields).toContain(`'${PAYLOADS[6]} accelerator card`)
  })
})
