/**
 * Compare mode's feasibility rules (issue 14): every target checked, each failure a reason
 * in words with its numbers (both languages), market availability, unpriced candidates kept,
 * and per-workload groups in a mixed plan (issue 19 "wrong cards" #3).
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareCandidate } from '../../../src/shared/core'
import { translate } from '../../../src/shared/i18n'
import { plan } from './helpers'

const H20 = 'nvidia-h20-96gb'
const ASCEND = 'huawei-ascend-910b'
const H100 = 'nvidia-h100-sxm5-80gb'

const chat = {
  id: 'chat',
  name: 'chat',
  kind: 'llm-inference',
  accelerator: ASCEND,
  model: 'llama-2-70b',
  weightPrecision: 'fp16',
  contextTokens: 8192,
  concurrency: 8,
  target: {
    requestsPerSecond: 10,
    inputTokens: 2000,
    outputTokens: 200,
    maxTimeToFirstTokenMs: 300
  }
}

function compare(workloads: unknown[], extra: Record<string, unknown> = {}) {
  const { compare: c = {}, ...rest } = extra as { compare?: Record<string, unknown> }
  const r = estimatePlan(plan(workloads, { ...rest, compare: { enabled: true, ...c } }))
  if (!r.compare) throw new Error(JSON.stringify(r.issues))
  return r.compare
}

function row(rows: CompareCandidate[], id: string): CompareCandidate {
  const found = rows.find((c) => c.acceleratorId === id)
  if (!found) throw new Error(`no row for ${id}`)
  return found
}

const keys = (c: CompareCandidate) => c.failures.map((f) => f.key)
const text = (c: CompareCandidate, locale: 'en' | 'zh-CN') =>
  c.failures.map((f) => translate(locale, f.key, f.params))

describe('latency targets', () => {
  const result = compare([chat], { compare: { candidates: [H20, ASCEND, H100] } })

  it('a candidate over the TTFT target is infeasible, with the numbers in both languages', () => {
    const h20 = row(result.candidates, H20)
    expect(h20.evaluable).toBe(true)
    expect(h20.timeToFirstTokenMs).toBeGreaterThan(300)
    expect(h20.feasible).toBe(false)
    expect(h20.meetsLatency).toBe(false)
    const ttft = Math.round(h20.timeToFirstTokenMs!)
    expect(text(h20, 'en')).toContain(`chat: TTFT ${ttft} ms > 300 ms`)
    expect(text(h20, 'zh-CN')).toContain(`chat：首字延迟 TTFT ${ttft} ms > 300 ms`)
  })

  it('a candidate within the target passes it and says so', () => {
    const ascend = row(result.candidates, ASCEND)
    expect(ascend.timeToFirstTokenMs).toBeLessThanOrEqual(300)
    expect(ascend.meetsLatency).toBe(true)
    expect(ascend.feasible).toBe(true)
    expect(ascend.passes.map((p) => p.key)).toContain('compare.passes.ttft')
  })

  it('the TPOT target is checked the same way', () => {
    const tight = {
      ...chat,
      target: { ...chat.target, maxTimeToFirstTokenMs: undefined, maxTimePerOutputTokenMs: 1 }
    }
    const r = compare([tight], { compare: { candidates: [ASCEND] } })
    const ascend = row(r.candidates, ASCEND)
    expect(ascend.feasible).toBe(false)
    const tpot = Math.round(ascend.timePerOutputTokenMs! * 10) / 10
    expect(text(ascend, 'en')).toContain(`chat: TPOT ${tpot} ms > 1 ms`)
  })

  it('each candidate row carries TTFT and TPOT of the slowest LLM-inference workload', () => {
    for (const c of result.candidates) {
      expect(c.timeToFirstTokenMs).toBe(c.workloads[0].timeToFirstTokenMs)
      expect(c.timePerOutputTokenMs).toBeGreaterThan(0)
      expect(c.split?.tensor).toBeGreaterThanOrEqual(1)
      expect(c.replicas).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('procurement market', () => {
  const candidates = [H20, ASCEND, H100]

  it('mainland China: H100 is excluded as restricted, with the date of the rule', () => {
    const r = compare([chat], { settings: { market: 'mainland-china' }, compare: { candidates } })
    const h100 = row(r.candidates, H100)
    expect(h100.excluded).toBe(true)
    expect(h100.availability?.status).toBe('restricted')
    expect(h100.ranked).toBe(false)
    expect(text(h100, 'en')).toContain('Restricted in mainland China since 2022-10-07')
    expect(text(h100, 'zh-CN')).toContain('自 2022-10-07 起在中国大陆受限')
    expect(row(r.candidates, ASCEND).excluded).toBe(false)
    expect(r.recommended).toBe(ASCEND)
    expect(r.market).toBe('mainland-china')
  })

  it('outside China the Ascend 910B is the restricted one', () => {
    const r = compare([chat], { settings: { market: 'rest-of-world' }, compare: { candidates } })
    expect(row(r.candidates, ASCEND).excluded).toBe(true)
    expect(row(r.candidates, H100).excluded).toBe(false)
  })

  it('without a market nothing is excluded', () => {
    const r = compare([chat], { compare: { candidates } })
    expect(r.candidates.every((c) => !c.excluded && c.availability === null)).toBe(true)
  })

  it("the planner's entry (status + date) wins over the catalog's", () => {
    const r = compare([chat], {
      settings: { market: 'mainland-china' },
      compare: {
        candidates,
        availability: [
          { id: H100, market: 'mainland-china', status: 'available', date: '2026-11-01' }
        ]
      }
    })
    const h100 = row(r.candidates, H100)
    expect(h100.excluded).toBe(false)
    expect(h100.availability).toMatchObject({
      status: 'available',
      date: '2026-11-01',
      overridden: true
    })
  })

  it('a status of unknown is a caution, not an exclusion', () => {
    const r = compare([chat], {
      settings: { market: 'mainland-china' },
      compare: { candidates: ['nvidia-a30-24gb'] }
    })
    const a30 = r.candidates[0]
    expect(a30.excluded).toBe(false)
    expect(a30.cautions.map((c) => c.key)).toContain('compare.cautions.unknown.mainland-china')
  })
})

describe('memory, deadline, budget, power cap, rack power', () => {
  const training = {
    id: 'train',
    name: 'train',
    kind: 'llm-training',
    accelerator: H100,
    model: 'llama-2-70b',
    tokens: 1e11,
    accelerators: 64,
    zeroStage: 0
  }

  it('a training run whose model states do not fit one card is infeasible on memory', () => {
    const r = compare([training], { compare: { candidates: ['nvidia-geforce-rtx-4090-24gb'] } })
    const card = r.candidates[0]
    expect(card.meetsMemory).toBe(false)
    expect(keys(card)).toContain('compare.reasons.memory')
    expect(text(card, 'en')[0]).toMatch(/^train: needs \d+ GB per card > 24 GB on the card$/)
  })

  it('a run longer than the deadline fails it, with both numbers', () => {
    const r = compare([{ ...training, zeroStage: 3 }], {
      constraints: { deadlineDays: 1 },
      compare: { candidates: [H100] }
    })
    const h100 = r.candidates[0]
    expect(h100.meetsDeadline).toBe(false)
    expect(text(h100, 'en').join('\n')).toMatch(/Takes [\d.]+ days > 1-day deadline/)
  })

  it('over budget and over the power cap: both reasons, with the numbers', () => {
    const r = compare([chat], {
      settings: { currency: 'USD' },
      constraints: { budget: 1000, powerCapKW: 1 },
      compare: { candidates: [H100] }
    })
    const h100 = r.candidates[0]
    expect(h100.meetsBudget).toBe(false)
    expect(h100.meetsPowerCap).toBe(false)
    const all = text(h100, 'en').join('\n')
    expect(all).toMatch(/Capex [\d,]+ USD > budget 1,000 USD/)
    expect(all).toMatch(/Facility power [\d.]+ kW > power cap 1 kW/)
  })

  it('a server drawing more than the rack power limit fails rack power', () => {
    // One 8 × H100 HGX server: (8 × 700 W + 4,600 W) / 1000 = 10.2 kW > 8 kW.
    const r = compare([chat], {
      settings: { rackPowerLimitKW: 8 },
      compare: { candidates: [H100] }
    })
    const h100 = r.candidates[0]
    expect(h100.meetsRackPower).toBe(false)
    expect(text(h100, 'en').join('\n')).toContain('draws 10.2 kW > rack limit 8 kW')
  })
})

describe('unpriced candidates and the recommendation sentence', () => {
  it('a candidate without a price stays in the table as "price needed" and is counted', () => {
    // The A800 PCIe has no public price in the catalog (docs/catalog.md, unknowns).
    const r = compare([chat], { compare: { candidates: ['nvidia-a800-pcie-80gb', ASCEND] } })
    const a800 = row(r.candidates, 'nvidia-a800-pcie-80gb')
    expect(a800.evaluable).toBe(true)
    expect(a800.priceNeeded).toBe(true)
    expect(a800.ranked).toBe(false)
    const group = r.groups[0]
    expect(group.notRanked.total).toBe(1)
    expect(group.notRankedNote).not.toBeNull()
    const sentence = translate('en', group.notRankedNote!.key, group.notRankedNote!.params)
    expect(sentence).toContain('1 of 2 candidates not ranked')
    expect(sentence).toMatch(/need a price/)
  })

  it('a price typed for it brings it into the ranking', () => {
    const r = compare([chat], {
      compare: {
        candidates: ['nvidia-a800-pcie-80gb'],
        prices: { 'nvidia-a800-pcie-80gb': { amount: 10_000, currency: 'USD' } }
      }
    })
    expect(r.candidates[0].priceNeeded).toBe(false)
    expect(r.candidates[0].ranked).toBe(r.candidates[0].feasible)
  })
})

describe('mixed plans compare per workload (issue 19, wrong cards #3)', () => {
  const video = {
    id: 'video',
    name: 'video',
    kind: 'video-analytics',
    accelerator: 'huawei-atlas-300i-duo',
    streams: 200,
    resolution: '1080p',
    fps: 25,
    topsPerStream: 5.5
  }
  const mixed = [chat, video]

  it('each workload gets its own candidates and recommendation', () => {
    const r = compare(mixed, { compare: { candidates: [ASCEND, 'huawei-atlas-300i-duo'] } })
    expect(r.grouping).toBe('workload')
    expect(r.groups.map((g) => g.workloadIds)).toEqual([['chat'], ['video']])
    for (const g of r.groups)
      for (const c of g.candidates) expect(c.workloads.map((w) => w.id)).toEqual(g.workloadIds)
    expect(r.recommended).toBeNull()
  })

  it('the whole-plan grouping puts every workload on each candidate', () => {
    const r = compare(mixed, { compare: { grouping: 'plan', candidates: [ASCEND] } })
    expect(r.groups).toHaveLength(1)
    expect(r.candidates[0].workloads.map((w) => w.id)).toEqual(['chat', 'video'])
  })

  it('says when the quote prices something other than the recommendation', () => {
    const onH100 = { ...chat, accelerator: H100 }
    const r = compare([onH100], {
      settings: { market: 'mainland-china' },
      compare: { candidates: [ASCEND, H100] }
    })
    const group = r.groups[0]
    expect(group.recommended).toBe(ASCEND)
    expect(group.agreesWithQuote).toBe(false)
    const sentence = translate('en', group.quoteNote!.key, group.quoteNote!.params)
    expect(sentence).toContain('The quote prices H100 SXM5 80GB for chat')
    expect(sentence).toContain('not the recommended Ascend 910B')
    const agreeing = compare([chat], {
      settings: { market: 'mainland-china' },
      compare: { candidates: [ASCEND, H100] }
    })
    expect(agreeing.groups[0].agreesWithQuote).toBe(true)
  })
})

describe('every reason exists in both languages', () => {
  it('no failure, pass or caution key falls back to its key', () => {
    const r = compare([chat], {
      settings: { market: 'mainland-china', rackPowerLimitKW: 5 },
      constraints: { budget: 1000, powerCapKW: 1, deadlineDays: 1 }
    })
    const notes = r.candidates.flatMap((c) => [...c.failures, ...c.passes, ...c.cautions])
    expect(notes.length).toBeGreaterThan(50)
    for (const note of notes)
      for (const locale of ['en', 'zh-CN'] as const)
        expect(translate(locale, note.key, note.params), note.key).not.toBe(note.key)
  })
})
