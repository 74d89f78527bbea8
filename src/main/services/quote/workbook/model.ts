/**
 * Everything the sheet builders need, gathered once: the plan, its estimate, the quote
 * lines, the hardware used, the language, and the workbook's names.
 */
import { localizeCatalogNames, type EstimateResult } from '@shared/core'
import { translate, type Locale } from '@shared/i18n'
import { acceleratorNameIn } from '@shared/i18n/catalog-names'
import { headerText } from '@shared/quote/labels'
import type { QuoteLines } from '@shared/quote/lines'
import { renderLineText, type LineText } from '@shared/quote/text'
import type { PlanDocument } from '@shared/schema/plan'
import type { Procurement } from '@shared/schema/procurement'
import type { QuoteEdits, QuoteLanguage } from '@shared/schema/quote'
import type { HardwareGroup } from './hardware-specs'
import type { NameRegistry } from './names'

export type SheetKey = 'summary' | 'quote' | 'assumptions' | 'sizing' | 'hardware' | 'comparison'

export interface Letterhead {
  company: string
  author: string
}

export interface QuoteModel {
  plan: PlanDocument
  estimate: EstimateResult
  quote: QuoteLines
  edits: QuoteEdits
  language: QuoteLanguage
  /** `YYYY-MM-DD`. */
  date: string
  letterhead: Letterhead
  /** Buyer, supplier and terms from the settings (absent: the sheet shows blanks to fill). */
  procurement?: Procurement
  hardware: HardwareGroup[]
  names: NameRegistry
}

/** Labels in the workbook language ('both': English / Chinese on one line). */
export function label(
  model: QuoteModel,
  key: string,
  params: Record<string, string | number> = {}
): string {
  return headerText(key, model.language, params)
}

/** Column headers ('both': English above Chinese, in a wrapped cell). */
export function columnHeader(
  model: QuoteModel,
  key: string,
  params: Record<string, string | number> = {}
): string {
  return headerText(key, model.language, params, '\n')
}

/** Line text: a message key in the workbook language, or the user's text as typed. */
export function lineText(model: QuoteModel, text: LineText): string {
  if ('text' in text) return text.text
  // Message keys under quote.* without parameters (units): the cached label path.
  if (text.params === undefined && text.key.startsWith('quote.'))
    return label(model, text.key.slice('quote.'.length))
  if (model.language !== 'both') return renderLineText(text, primaryLocale(model))
  const english = renderLineText(text, 'en')
  const chinese = renderLineText(text, 'zh-CN')
  return english === chinese ? english : `${english} / ${chinese}`
}

/** A message from another namespace (core step labels…), falling back when it has none. */
export function messageOr(
  model: QuoteModel,
  key: string,
  fallback: string,
  params: Record<string, string | number> = {}
): string {
  const pick = (locale: Locale) => {
    const text = translate(locale, key, localizeCatalogNames(params, locale))
    return text === key ? fallback : text
  }
  if (model.language !== 'both') return pick(model.language)
  const english = pick('en')
  const chinese = pick('zh-CN')
  return english === chinese ? english : `${english} / ${chinese}`
}

/**
 * Text the core wrote (a step's description, unit or note) in the workbook language: `render`
 * gives it in one locale; 'both' joins English and Chinese when they differ.
 */
export function coreText(model: QuoteModel, render: (locale: Locale) => string): string {
  if (model.language !== 'both') return render(model.language)
  const english = render('en')
  const chinese = render('zh-CN')
  return english === chinese ? english : `${english} / ${chinese}`
}

/** An accelerator's name in the workbook's language(s): the catalog's `nameZh` in Chinese. */
export function acceleratorText(
  model: QuoteModel,
  of: { acceleratorName: string; acceleratorNameZh?: string }
): string {
  return coreText(model, (locale) => acceleratorNameIn(of, locale))
}

export function primaryLocale(model: QuoteModel): Locale {
  return model.language === 'zh-CN' ? 'zh-CN' : 'en'
}

/** "Label: value" in the workbook's punctuation (Chinese takes a full-width colon). */
export function labelled(model: QuoteModel, labelText: string, value: string): string {
  return translate(primaryLocale(model), 'app.punctuation.labelled', { label: labelText, value })
}

export function sheetName(model: QuoteModel, key: SheetKey): string {
  // Sheet names: at most 31 characters and none of : \ / ? * [ ]; ours are fixed words.
  return headerText(`sheets.${key}`, model.language, {}, ' ').slice(0, 31)
}

export function workloadTitle(model: QuoteModel, index: number): string {
  const w = model.plan.workloads[index]
  return w.name !== undefined && w.name !== '' ? `${w.name} (${w.id})` : w.id
}

/**
 * The label of a cluster sizing name: `cluster.steps.<id>`, or for numbered ids
 * (`group2ServersNodes`, `nodeLinksTransceivers1`) the pattern with N and the number.
 */
export function clusterStepLabel(model: QuoteModel, id: string, fallback: string): string {
  const direct = messageOr(model, `cluster.steps.${id}`, '')
  if (direct !== '') return direct
  const number = /\d+/.exec(id)
  if (!number) return fallback
  return messageOr(model, `cluster.steps.${id.replace(/\d+/, 'N')}`, fallback, {
    n: Number(number[0])
  })
}
