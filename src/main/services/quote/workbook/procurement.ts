/**
 * The procurement parts of the Quote sheet, around its line table: quote number, date and
 * validity, the buyer (需方) and supplier (供方) blocks, the grand total in words (大写金额
 * in a Chinese quote), and the terms (delivery, payment, warranty, remarks, stamp). Values
 * come from the user's settings (schema/procurement.ts), sent with each export.
 * Conventions: /work/shared/reference/procurement-cn.md.
 */
import { chineseCapitalAmount } from '@shared/quote/chinese-capitals'
import { DEFAULT_VALIDITY_DAYS, type Party, type Procurement } from '@shared/schema/procurement'
import { messageOr, type QuoteModel } from './model'
import type { CellSpec, RowSpec } from './spec'
import type { StyleKey } from './styles'

/** A label of the `procurement` message namespace in the workbook's language. */
export function procurementLabel(
  model: QuoteModel,
  key: string,
  params: Record<string, string | number> = {},
  separator = ' / '
): string {
  const text = messageOr(model, `procurement.${key}`, key, params)
  return separator === ' / ' ? text : text.replace(' / ', separator)
}

/** FNV-1a of `text`, 8 hex digits: a short, stable fingerprint of the plan. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).toUpperCase().padStart(8, '0')
}

/**
 * The quote number: the user's, else `CP-<date>-<fingerprint of the plan>` (the same plan on
 * the same day gets the same number; any change to the plan gives another).
 */
export function quoteNumber(model: QuoteModel): string {
  const given = model.procurement?.terms?.quoteNumber
  if (given !== undefined && given !== '') return given
  const plan = JSON.stringify({ plan: model.plan, edits: model.edits })
  return `CP-${model.date.replace(/-/g, '')}-${fingerprint(plan).slice(0, 6)}`
}

/** `date` + `days`, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`)
  at.setUTCDate(at.getUTCDate() + days)
  return at.toISOString().slice(0, 10)
}

// Bank and account (开户行, 账号) are printed only when given: many quotes leave them to the contract.
const PARTY_FIELDS = ['company', 'contact', 'phone', 'address', 'taxId'] as const
const OPTIONAL_PARTY_FIELDS = ['bank', 'account'] as const

const CURRENCY_WORDS = { CNY: '人民币', USD: '美元', EUR: '欧元' } as const

function row(cells: CellSpec[], style?: StyleKey): RowSpec {
  return style ? { cells, style } : { cells }
}

function text(value: string | undefined, style?: StyleKey): CellSpec {
  if (value === undefined || value === '') return null
  return style ? { text: value, style } : { text: value }
}

/** The supplier defaults to the letterhead's company. */
function supplierOf(model: QuoteModel): Party {
  const supplier = model.procurement?.supplier ?? {}
  if ((supplier.company ?? '') !== '' || model.letterhead.company === '') return supplier
  return { ...supplier, company: model.letterhead.company }
}

/**
 * The grand total in words for a Chinese quote (人民币…元整). English quotes show the figure
 * only, as English commercial practice does; 'both' carries the Chinese words.
 */
export function amountInWords(model: QuoteModel, grandTotal: number): string | undefined {
  if (model.language === 'en') return undefined
  const words = chineseCapitalAmount(grandTotal)
  return words === undefined ? undefined : `${CURRENCY_WORDS[model.quote.currency]}${words}`
}

export interface ProcurementRows {
  /** Between the title and the line table's header. */
  top: RowSpec[]
  /** Right after the grand total. */
  words: RowSpec[]
  /** After the totals: terms, remarks, stamp. */
  bottom: RowSpec[]
}

/**
 * Column use: labels in B, the buyer's values in C; the supplier's labels in F, values in H
 * (text runs on into the empty cells to the right, so nothing wraps or overlaps).
 */
export function procurementRows(model: QuoteModel): ProcurementRows {
  const p: Procurement = model.procurement ?? {}
  const l = (key: string, params?: Record<string, string | number>) =>
    procurementLabel(model, key, params)
  const validityDays = p.terms?.validityDays ?? DEFAULT_VALIDITY_DAYS
  const supplier = supplierOf(model)
  const buyer = p.buyer ?? {}
  const top: RowSpec[] = [
    row([
      null,
      { text: l('quoteNumber'), style: 'totalLabel' },
      { text: quoteNumber(model) },
      null,
      null,
      { text: l('date'), style: 'totalLabel' },
      null,
      { text: model.date }
    ]),
    row([
      null,
      { text: l('validity'), style: 'totalLabel' },
      {
        text: l('validityValue', { days: validityDays, until: addDays(model.date, validityDays) })
      }
    ]),
    row([]),
    row([null, { text: l('buyer') }, null, null, null, { text: l('supplier') }], 'subtitle'),
    ...PARTY_FIELDS.map((field) =>
      row([
        null,
        { text: l(`party.${field}`), style: 'totalLabel' },
        text(buyer[field]) ?? { text: l('notSet'), style: 'muted' },
        null,
        null,
        { text: l(`party.${field}`), style: 'totalLabel' },
        null,
        text(supplier[field]) ?? { text: l('notSet'), style: 'muted' }
      ])
    ),
    ...OPTIONAL_PARTY_FIELDS.filter((field) => buyer[field] || supplier[field]).map((field) =>
      row([
        null,
        { text: l(`party.${field}`), style: 'totalLabel' },
        text(buyer[field]) ?? { text: l('notSet'), style: 'muted' },
        null,
        null,
        { text: l(`party.${field}`), style: 'totalLabel' },
        null,
        text(supplier[field]) ?? { text: l('notSet'), style: 'muted' }
      ])
    ),
    row([])
  ]

  const { grandTotal, priceMissingLines } = model.quote.totals
  // A total that leaves unpriced lines out is not the amount to write in words: it would
  // read as the price of the whole purchase. The quote says what is missing instead.
  const words = priceMissingLines > 0 ? undefined : amountInWords(model, grandTotal)
  const wordRows: RowSpec[] =
    priceMissingLines > 0
      ? [
          row([
            null,
            null,
            null,
            { text: l('linesNeedPrice', { n: priceMissingLines }), style: 'note' }
          ])
        ]
      : words
        ? [
            row([null, null, { text: l('amountInWords'), style: 'totalLabel' }, { text: words }]),
            row([null, null, null, { text: l('amountInWordsNote'), style: 'note' }])
          ]
        : []

  const terms = p.terms ?? {}
  const bottom: RowSpec[] = [
    row([]),
    row([null, { text: l('taxBasis'), style: 'note' }]),
    row([]),
    row([null, { text: l('terms') }], 'subtitle'),
    ...(
      [
        ['delivery', terms.delivery],
        ['payment', terms.payment],
        ['warranty', terms.warranty],
        ['remarks', model.edits.notes?.trim()]
      ] as const
    ).map(([key, value]) =>
      row([
        null,
        { text: l(key), style: 'totalLabel' },
        text(value, 'wrap') ?? { text: l('notSet'), style: 'muted' }
      ])
    ),
    row([]),
    row([null, { text: l('signature'), style: 'totalLabel' }]),
    row([]),
    row([])
  ]
  return { top, words: wordRows, bottom }
}
