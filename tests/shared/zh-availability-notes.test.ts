/**
 * Issue 14 "where it can be bought" + issue 19 "Chinese all the way through": the notes the
 * catalog's availability facts carry reach the planner in Chinese under zh-CN — in the
 * comparison table's reasons, which Results, the CSV, the Comparison sheet of the quote
 * workbook, the PDF report and the CLI all read (src/shared/compare/table.ts).
 */
import { describe, expect, it } from 'vitest'
import { defaultAvailability, estimatePlan, type CompareCandidate } from '@shared/core'
import { reasonsText } from '@shared/compare/table'
import { isCataloguedNote, localizeAvailabilityNote } from '@shared/i18n/availability-text'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

/**
 * Latin-script words a Chinese reader reads as they are in these notes: names with a digit
 * (cards A100, H20, 910B; the export-control codes 3A090 and GP10; FP8) and these terms of
 * the export rules and the trade (TPP: the BIS rule's "total processing performance").
 */
const ALLOWED = new Set(['TFLOPS', 'TPP', 'GPU', 'Atlas'])

function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z0-9-]+/g) ?? []).filter(
    (word) => /[A-Za-z]/.test(word) && !/\d/.test(word) && !ALLOWED.has(word)
  )
}

function catalogNotes(): string[] {
  const notes = new Set<string>()
  for (const markets of defaultAvailability().values())
    for (const fact of Object.values(markets)) if (fact?.note) notes.add(fact.note)
  return [...notes]
}

function h20Row(overrides: unknown[] = []): CompareCandidate {
  const result = estimatePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'H20 in mainland China',
    workloads: [
      {
        id: 'chat',
        kind: 'llm-inference',
        accelerator: 'nvidia-h20-96gb',
        model: 'qwen2.5-14b',
        weightPrecision: 'fp16',
        contextTokens: 4096,
        concurrency: 8
      }
    ],
    settings: { currency: 'CNY', market: 'mainland-china' },
    compare: { enabled: true, candidates: ['nvidia-h20-96gb'], availability: overrides }
  })
  if (!result.compare) throw new Error(JSON.stringify(result.issues))
  return result.compare.candidates[0]
}

describe('availability notes in zh-CN', () => {
  it('every note in the catalog has a Chinese text with no English words outside names', () => {
    const notes = catalogNotes()
    expect(notes.length).toBeGreaterThan(5)
    for (const note of notes) {
      expect(isCataloguedNote(note), note).toBe(true)
      expect(localizeAvailabilityNote(note, 'en')).toBe(note)
      const zh = localizeAvailabilityNote(note, 'zh-CN')
      expect(latinWords(zh), `${note} → ${zh}`).toEqual([])
    }
  })

  it('the comparison reasons show the H20 note in the reader’s language', () => {
    const h20 = h20Row()
    expect(h20.cautions.map((c) => c.key)).toContain('compare.cautions.note')
    const zh = reasonsText(h20, 'zh-CN')
    expect(zh).toContain('可购性说明：自 2025-04-09 起需美国出口许可证')
    expect(latinWords(zh)).toEqual([])
    expect(reasonsText(h20, 'en')).toContain(
      'Availability note: US licence needed since 2025-04-09'
    )
  })

  it('a note the planner typed is shown as typed', () => {
    const h20 = h20Row([
      {
        id: 'nvidia-h20-96gb',
        market: 'mainland-china',
        status: 'available',
        date: '2026-11',
        note: '经销商 ABC 有现货'
      }
    ])
    expect(reasonsText(h20, 'zh-CN')).toBe('可购性说明：经销商 ABC 有现货')
  })
})
