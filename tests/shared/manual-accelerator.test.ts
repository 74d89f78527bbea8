/** An accelerator entered by hand takes every catalog field and refuses bad figures by field (#19). */
import { describe, expect, it } from 'vitest'
import {
  buildManualAccelerator,
  emptyManualDraft,
  MANUAL_CHOICES,
  MANUAL_FIGURES,
  MANUAL_TEXTS
} from '../../src/shared/inventory/manual-accelerator'
import { acceleratorSpecShape } from '../../src/shared/schema/plan'
import { estimatePlan } from '../../src/shared/core'
import { messages } from '../../src/shared/i18n'

describe('manual accelerator', () => {
  it('covers every field of the catalog accelerator shape (bar the entry’s own source)', () => {
    const covered = new Set<string>([
      'vendor',
      'name',
      'price',
      'source',
      ...MANUAL_FIGURES,
      ...MANUAL_TEXTS,
      ...Object.keys(MANUAL_CHOICES)
    ])
    // The catalog's own Chinese wordings (nameZh, formFactorZh) are translations of catalog
    // entries, not facts a planner enters for a card of their own.
    const translations = new Set(['nameZh', 'formFactorZh'])
    expect(
      Object.keys(acceleratorSpecShape).filter(
        (field) => !covered.has(field) && !translations.has(field)
      )
    ).toEqual([])
    for (const field of covered) {
      if (field === 'source') continue
      expect(messages.en.manualAccelerator.fields, field).toHaveProperty(field)
      expect(messages['zh-CN'].manualAccelerator.fields, field).toHaveProperty(field)
    }
  })

  it('keeps decode capacity per codec, and the video core uses it', () => {
    const draft = {
      ...emptyManualDraft(),
      vendor: 'Seed',
      name: 'Card 88',
      int8Tops: 88,
      memoryGB: 24,
      decode1080p30Streams: 40,
      decode1080p30StreamsH265: 60,
      formFactorClass: 'pcie' as const
    }
    const built = buildManualAccelerator(draft, 'own-card-88', 'CNY')
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.entry).toMatchObject({ decode1080p30Streams: 40, decode1080p30StreamsH265: 60 })
    const result = estimatePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 't',
      inventory: [built.entry],
      workloads: [
        {
          id: 'v',
          kind: 'video-analytics',
          accelerator: 'own-card-88',
          streams: 10,
          topsPerStream: 1,
          codec: 'h265'
        }
      ]
    })
    // H.265: 60 streams at 1080p30 → 1080p25: floor(60 × 1.2) = 72.
    const fields = result.workloads[0]?.result as unknown as { decodeBound: number }
    expect(fields.decodeBound).toBe(72)
  })

  it('refuses a zero, a negative price, a fractional year and a card with no peak, by field', () => {
    const built = buildManualAccelerator(
      {
        ...emptyManualDraft(),
        vendor: 'X',
        name: 'Y',
        memoryGB: 0,
        launchYear: 2024.5,
        price: -1
      },
      'own-x-y',
      'CNY'
    )
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.refusals.map((r) => [r.field, r.key])).toEqual([
      ['memoryGB', 'manualAccelerator.invalid.positive'],
      ['launchYear', 'manualAccelerator.invalid.year'],
      ['fp16Tflops', 'manualAccelerator.invalid.needsPeak'],
      ['price', 'manualAccelerator.invalid.negative']
    ])
  })
})
