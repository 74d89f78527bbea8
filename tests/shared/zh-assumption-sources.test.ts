/**
 * Issue 19, "Chinese all the way through": the drawer, the Assumptions panel, the quote's
 * Assumptions sheet and the report showed every default's source in English under zh-CN
 * ("Estimate: CNN training is memory-bound…"). Every source a default can carry — each variant
 * of the assumption registry, each serving-framework preset, the cluster's planner defaults,
 * the training MFU model's, a calibration profile's and an override's — must be in the
 * `assumptionSources` catalogue in both languages and read in Chinese under zh-CN, with only
 * names (products, software, papers, benchmarks), quoted titles, code identifiers, paths and
 * addresses left in Latin script. A new assumption, variant or preset without a Chinese text
 * fails here.
 */
import { describe, expect, it } from 'vitest'
import {
  ASSUMPTIONS,
  resolveAssumption,
  type AssumptionId,
  type AssumptionPreset
} from '@shared/core/assumptions'
import { FRAMEWORK_PRESETS } from '@shared/core/frameworks'
import { STORAGE_DEFAULTS } from '@shared/core/cluster/storage'
import { LIQUID_COOLING_DEFAULT, MANAGEMENT_DEFAULTS } from '@shared/core/cluster/facility'
import { predictTrainingMfu } from '@shared/core/trainingMfu'
import { calibrationPreset } from '@shared/core/calibration-apply'
import { defaultCatalog } from '@shared/core'
import { isCatalogueText, localizeText, localizeUnit } from '@shared/i18n/derivation-text'
import { messages } from '@shared/i18n'
import { LATIN_CITED_NAMES, LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'

const catalog = defaultCatalog()

/** Words read as they are: the shared base list and the catalog's product and model names. */
const ALLOWED = new Set<string>(LATIN_WORDS_IN_ZH.map((word) => word.toLowerCase()))
for (const entry of [
  ...catalog.accelerators.values(),
  ...catalog.llms.values(),
  ...catalog.vision.values()
])
  for (const word of entry.name.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])
    ALLOWED.add(word.toLowerCase())

/** Cited names, longest first, so "Hugging Face Transformers" goes before "Hugging Face". */
const NAMES = [...LATIN_CITED_NAMES].sort((a, b) => b.length - a.length)

/**
 * The Latin-script words of a source outside what it may cite as written: quoted titles,
 * `code`, paths and repositories (docs/methodology.md, pytorch-labs/gpt-fast), files, modules
 * and hosts (llama.cpp, config.json, docs.vllm.ai), command-line flags, configuration keys
 * (max_num_seqs) and camelCase ids (npuMemSize), versions (v0.6.1), then cited names whole.
 */
function foreignWords(text: string): string[] {
  let rest = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(/\b[a-z][\w.-]*\/[\w./#-]*/g, ' ')
    .replace(/\b[a-z][\w-]*(?:\.[\w-]+)+/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/\b\w+_\w+\b/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ')
    .replace(/\bv\d[\w.]*/g, ' ')
  for (const name of NAMES) rest = rest.split(name).join(' ')
  return (rest.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => {
    const lower = word.toLowerCase()
    return word.length > 1 && !ALLOWED.has(lower) && !ALLOWED.has(lower.replace(/\d+$/, ''))
  })
}

const HAN = /[\u4e00-\u9fff]/

/** Every source text the registries hold, by where it lives. */
function registrySources(): [string, string][] {
  const out: [string, string][] = []
  for (const a of ASSUMPTIONS)
    a.variants.forEach((variant, i) => out.push([`${a.id}[${i}]`, variant.source]))
  for (const [framework, preset] of Object.entries(FRAMEWORK_PRESETS))
    for (const [id, value] of Object.entries(preset as AssumptionPreset))
      out.push([`preset ${framework}.${id}`, value!.source])
  for (const [id, value] of Object.entries({ ...STORAGE_DEFAULTS, ...MANAGEMENT_DEFAULTS }))
    out.push([`cluster ${id}`, value.source])
  out.push(['cluster liquidCooling', LIQUID_COOLING_DEFAULT.source])
  return out
}

describe('assumption sources in zh-CN', () => {
  const sources = registrySources()

  it('reads every registry, preset and planner-default source', () => {
    // 59 registry variants, 15 preset values, 6 cluster defaults at the time of writing.
    expect(sources.length).toBeGreaterThanOrEqual(80)
  })

  it('every source is in the catalogue (a new or edited text without its zh rendering fails)', () => {
    const missing = sources.filter(([, source]) => !isCatalogueText(source)).map(([id]) => id)
    expect(missing).toEqual([])
  })

  it('every source reads in Chinese under zh-CN; only names and citations stay as written', () => {
    const bad: Record<string, string[] | string> = {}
    for (const [id, source] of sources) {
      const zh = localizeText(source, 'zh-CN')
      if (zh === source || !HAN.test(zh)) bad[id] = zh
      else if (foreignWords(zh).length > 0) bad[id] = foreignWords(zh)
    }
    expect(bad).toEqual({})
  })

  it('keeps every figure of the English source (no number lost or changed in translation)', () => {
    // Numbers as written, thousands separators and signs aside: 2.788M H800-hours reads
    // 278.8 万, so scaled figures are compared by their digits only where both agree.
    const digits = (text: string) =>
      new Set((text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')))
    const bad: Record<string, string[]> = {}
    for (const [id, source] of sources) {
      const zh = digits(localizeText(source, 'zh-CN'))
      const lost = [...digits(source)].filter((n) => !zh.has(n))
      if (lost.length > 0) bad[id] = lost
    }
    // The one scaled figure: DeepSeek-V3's 2.788M H800-hours, written 278.8 万 in Chinese.
    expect(bad).toEqual({ 'mfu[0]': ['2.788'] })
  })

  it('English stays English', () => {
    for (const [, source] of sources) expect(localizeText(source, 'en')).toBe(source)
  })

  it('every assumption has a Chinese label', () => {
    const labels = messages['zh-CN'].core.assumptions as Record<string, string>
    const bad = ASSUMPTIONS.filter(
      (a) => !labels[a.id] || !HAN.test(labels[a.id]) || foreignWords(labels[a.id]).length > 0
    ).map((a) => a.id)
    expect(bad).toEqual([])
  })

  it('every assumption’s unit reads in Chinese (µs is 微秒, not “µ秒”)', () => {
    const bad: Record<string, string> = {}
    for (const a of ASSUMPTIONS) {
      const zh = localizeUnit(a.unit, 'zh-CN')
      if (foreignWords(zh).length > 0 || /µ/.test(zh)) bad[a.id] = zh
    }
    expect(bad).toEqual({})
    expect(localizeUnit('µs', 'zh-CN')).toBe('微秒')
    expect(localizeUnit('µs', 'en')).toBe('µs')
  })

  it('the training MFU model’s source reads in Chinese for every generation, figures kept', () => {
    for (const architecture of ['ampere', 'hopper', 'volta', 'davinci']) {
      const prediction = predictTrainingMfu({
        architecture,
        activeParams: 7e10,
        moe: false,
        precision: 'bf16',
        recompute: 'selective',
        accelerators: 1024
      })
      const zh = localizeText(prediction.source, 'zh-CN')
      expect(zh, architecture).not.toBe(prediction.source)
      expect(foreignWords(zh), zh).toEqual([])
      expect(zh).toContain(`× 规模 ${prediction.factors.size.toFixed(3)} ×`)
      expect(zh).toContain(`× 集群规模 ${prediction.factors.cluster.toFixed(3)}；`)
    }
  })

  it('a value set on the plan or the workload says so in Chinese, and keeps the default’s source', () => {
    for (const sources of [{ plan: { visionMfu: 0.2 } }, { workload: { visionMfu: 0.2 } }]) {
      const resolved = resolveAssumption('visionMfu' as AssumptionId, {}, sources, 'typical')!
      const zh = localizeText(resolved.source, 'zh-CN')
      expect(HAN.test(zh), resolved.source).toBe(true)
      expect(foreignWords(zh)).toEqual([])
      expect(localizeText(resolved.defaultRange!.source, 'zh-CN')).toBe(
        '估计值：CNN 训练受访存限制（算术强度低），远低于大模型训练的 MFU'
      )
    }
  })

  it('a calibration profile’s source names the profile and reads in Chinese', () => {
    for (const count of [1, 3]) {
      const preset = calibrationPreset({
        name: 'A100 实测',
        kind: 'llm-inference',
        accelerator: 'huawei-ascend-910b',
        measurements: Array.from({ length: count }, () => ({})),
        assumptions: { decodeBandwidthEfficiency: { typical: 0.7, low: 0.6, high: 0.8 } }
      } as unknown as Parameters<typeof calibrationPreset>[0])
      const zh = localizeText(preset.decodeBandwidthEfficiency!.source, 'zh-CN')
      expect(zh).toContain('A100 实测')
      expect(zh).toContain(String(count))
      expect(foreignWords(zh.replace('huawei-ascend-910b', ' ')), zh).toEqual([])
    }
  })
})
