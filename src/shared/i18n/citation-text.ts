/**
 * Issue 19, "Chinese all the way through": a derivation cites a card's or a model's figure as
 * the core writes it, in English with the field's schema id —
 *
 *   "<name> <fieldId>: <source>"                                   (fp16Tflops, layers, tdpW…)
 *   "<name> memory <value> <unit> as published: <source>"
 *   "<name> interconnectGBs <value> (both directions) ÷ 2 on <fabric>: <source>"
 *   "<name> decoder: <source>"
 *
 * with "user entry" as the source of a figure typed in by hand. The ids are what the core (and
 * the CLI's JSON) know; a reader sees the figure by the label the forms give it ("FP16",
 * "显存带宽") and "用户输入", in either language, while the product name and the published
 * source are quoted as written. `tests/shared/zh-derivation-text.test.ts` reads every citation
 * the core writes, so a new shape or an unlabelled field fails there.
 */
import { fieldLabel } from './field-labels'
import { interpolate, messages, type MessageTree } from './index'
import type { Locale } from './types'

/** The source the core writes for a figure without one (typed in by hand). */
export const USER_ENTRY = 'user entry'

export type CitationDetail =
  | { kind: 'asPublished'; value: string }
  | { kind: 'bothDirectionsHalf'; value: string; fabric: string }

export interface FigureCitation {
  /** The product or model, as the catalog (or the planner) names it. */
  name: string
  /** The figure: a schema id (fp16Tflops) or one of `citations.fields` (memory, decoder). */
  field: string
  detail?: CitationDetail
  /** As published; undefined for a user entry. */
  source?: string
}

const DETAILS: [RegExp, (m: RegExpExecArray) => CitationDetail][] = [
  [/^(.+) as published$/, (m) => ({ kind: 'asPublished', value: m[1] })],
  [
    /^(.+) \(both directions\) ÷ 2 on ([A-Za-z][\w-]*)$/,
    (m) => ({ kind: 'bothDirectionsHalf', value: m[1], fabric: m[2] })
  ]
]

function readDetail(text: string): CitationDetail | undefined {
  for (const [pattern, read] of DETAILS) {
    const match = pattern.exec(text)
    if (match) return read(match)
  }
  return undefined
}

const FIELD_PART = /^([a-z][A-Za-z0-9]*)(?: (.+))?$/

/**
 * Every way `text` reads as a figure citation, shortest name first: a name may itself hold
 * spaces, lower-case words or ": " ("Seed article inference card: Ascend-based … int8Tops: …"),
 * so the caller keeps the first reading whose field it can label.
 */
export function readFigureCitations(text: string): FigureCitation[] {
  const readings: FigureCitation[] = []
  for (let colon = text.indexOf(': '); colon > 0; colon = text.indexOf(': ', colon + 1)) {
    const head = text.slice(0, colon)
    const rawSource = text.slice(colon + 2)
    const source = rawSource === USER_ENTRY ? undefined : rawSource
    for (let space = head.indexOf(' '); space > 0; space = head.indexOf(' ', space + 1)) {
      const match = FIELD_PART.exec(head.slice(space + 1))
      if (!match) continue
      const detail = match[2] === undefined ? undefined : readDetail(match[2])
      if (match[2] !== undefined && detail === undefined) continue
      readings.push({
        name: head.slice(0, space),
        field: match[1],
        ...(detail ? { detail } : {}),
        ...(source !== undefined ? { source } : {})
      })
    }
  }
  return readings
}

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

function detailText(tree: MessageTree, detail: CitationDetail): string | undefined {
  const template = lookup(tree, `citations.details.${detail.kind}`)
  if (template === undefined) return undefined
  if (detail.kind === 'asPublished') return interpolate(template, { value: detail.value })
  const fabric = lookup(tree, `inferenceUi.split.fabrics.${detail.fabric}`) ?? detail.fabric
  return interpolate(template, { value: detail.value, fabric })
}

/**
 * A figure citation in `locale` — the figure by its label, "user entry" in words, and under
 * zh-CN the product by its Chinese name when `zhNames` (English catalog name → `nameZh`) has
 * one — or undefined when `text` is not one (a note, a server's or a paper's citation).
 */
export function localizeCitation(
  text: string,
  locale: Locale,
  zhNames?: ReadonlyMap<string, string>
): string | undefined {
  if (!text.includes(': ')) return undefined
  const tree = messages[locale] as unknown as MessageTree
  for (const citation of readFigureCitations(text)) {
    const field =
      lookup(tree, `citations.fields.${citation.field}`) ?? fieldLabel(tree, citation.field)
    if (field === undefined) continue
    const source = citation.source ?? lookup(tree, 'citations.userEntry') ?? USER_ENTRY
    const detail = citation.detail && detailText(tree, citation.detail)
    const template = lookup(tree, detail ? 'citations.figureDetail' : 'citations.figure')
    if (template === undefined) return undefined
    const name = (locale === 'zh-CN' && zhNames?.get(citation.name)) || citation.name
    return interpolate(template, { name, field, detail: detail ?? '', source })
  }
  return undefined
}
