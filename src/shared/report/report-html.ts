/**
 * The report planners hand over, as one self-contained HTML document (no scripts, no remote
 * content) that a print engine turns into an A4 PDF: plan summary, recommendation and why,
 * comparison table, chart, assumptions with sources, derivation of the headline figures.
 * Page numbers and the running header are CSS page-margin boxes, so every engine that
 * prints with Chromium (Electron's printToPDF, headless Chromium) numbers the pages the same.
 * Pure: it only presents what the core computed.
 */
import { localizeCatalogNames, type CompareGroup, type EstimateResult } from '../core'
import { acceleratorNameIn, catalogName } from '../i18n/catalog-names'
import type { Step } from '../core/derivation'
import type { Note } from '../core/workloads/context'
import {
  candidateRow,
  cellText,
  columnTitle,
  rankedOrder,
  type ComparisonColumn
} from '../compare/table'
import { translate, type Locale } from '../i18n'
import { localizeFormula, localizeText, localizeUnit } from '../i18n/derivation-text'
import type { PlanDocument } from '../schema/plan'

export interface ReportInput {
  plan: PlanDocument
  estimate: EstimateResult
  locale: Locale
  company?: string
  author?: string
  /** `YYYY-MM-DD`. */
  date: string
}

/** Columns that fit an A4 page (availability is in the reasons when it excludes). */
const REPORT_COLUMNS: ComparisonColumn[] = [
  'candidate',
  'cards',
  'servers',
  'split',
  'replicas',
  'ttft',
  'tpot',
  'days',
  'itKW',
  'capex',
  'tco',
  'feasible',
  'reasons'
]

const BAR_BLUE = '#2f6fdf'

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A CSS string literal (for `content:` in page-margin boxes). */
function cssString(text: string): string {
  // `<` and `>` as CSS escapes: user text inside <style> can never close the element.
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ')
    .replace(/[\n\r]/g, ' ')}"`
}

function formatNumber(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return value.toLocaleString(locale, { maximumFractionDigits: digits })
}

class Html {
  private readonly parts: string[] = []
  constructor(private readonly locale: Locale) {}
  /** A message; catalog cards and servers in its parameters by their names in the locale. */
  t(key: string, params: Record<string, string | number> = {}): string {
    return escapeHtml(translate(this.locale, key, localizeCatalogNames(params, this.locale)))
  }
  note(n: Note): string {
    return this.t(n.key, n.params)
  }
  add(html: string): void {
    this.parts.push(html)
  }
  toString(): string {
    return this.parts.join('\n')
  }
}

function table(head: string[], rows: string[][], className = ''): string {
  const th = head.map((h) => `<th>${h}</th>`).join('')
  const cell = (c: string) =>
    /^[\d.,—-]+$/.test(c) ? `<td class="num">${c}</td>` : `<td>${c}</td>`
  const body = rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')
  return `<table class="${className}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

function pageCss(input: ReportInput): string {
  const { locale } = input
  const pageWords =
    locale === 'zh-CN'
      ? `"第 " counter(page) " 页，共 " counter(pages) " 页"`
      : `"Page " counter(page) " of " counter(pages)`
  const running = [input.company, input.plan.name].filter((x) => x && x.trim() !== '').join(' · ')
  return `
@page {
  size: A4;
  margin: 18mm 14mm 18mm 14mm;
  @top-right { content: ${cssString(running)}; font-size: 8pt; color: #666; }
  @bottom-center { content: ${pageWords}; font-size: 8pt; color: #666; }
}
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; }
body { margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2.5mm; border-bottom: 1px solid #c9d3df; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 2mm; break-after: avoid; }
p { margin: 1.5mm 0; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 3mm; font-size: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #dce6f1; text-align: left; font-weight: 600; word-break: keep-all; }
th, td { border: 0.5pt solid #9ba7b4; padding: 1mm 1.2mm; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.compare { font-size: 7pt; }
table.compare td:last-child { min-width: 45mm; }
tr.recommended td { background: #fff2cc; font-weight: 600; }
tr.excluded td { color: #8a8a8a; }
table.meta { width: auto; font-size: 9pt; }
table.meta th { background: none; border: none; padding-right: 4mm; }
table.meta td { border: none; }
ul { margin: 1mm 0 2mm 5mm; padding-left: 3mm; }
li { margin: 0.5mm 0; }
.muted { color: #666; }
.formula { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 7.5pt; }
.legend { display: inline-block; width: 3mm; height: 3mm; background: ${BAR_BLUE}; margin-right: 1.5mm; vertical-align: middle; }
svg { display: block; margin: 1mm 0 3mm; }
`
}

function summarySection(h: Html, input: ReportInput): void {
  const { estimate, locale, plan } = input
  h.add(`<h2>${h.t('compare.report.summary')}</h2>`)
  const rows = estimate.workloads.map((w) => [
    escapeHtml(w.name ?? w.id),
    h.t(`wizard.kinds.${w.kind}`),
    escapeHtml(acceleratorNameIn(w, locale)),
    formatNumber(w.result.accelerators, locale, 0)
  ])
  h.add(
    table(
      [
        h.t('compare.report.workload'),
        h.t('compare.report.kind'),
        h.t('compare.report.hardware'),
        h.t('compare.report.accelerators')
      ],
      rows
    )
  )
  const totals = estimate.totals
  if (!totals) return
  const currency = plan.settings.currency
  const line = (key: string, value: number | null, digits = 1) => [
    h.t(key, { currency, years: totals.years }),
    formatNumber(value, locale, digits)
  ]
  h.add(`<h3>${h.t('compare.report.totals')}</h3>`)
  h.add(
    table(
      [h.t('compare.report.totals'), h.t('compare.report.value')],
      [
        line('compare.report.accelerators', totals.accelerators, 0),
        line('compare.report.servers', totals.servers, 0),
        line('compare.report.racks', totals.racks, 0),
        line('compare.report.itPower', totals.itPowerKW),
        line('compare.report.facilityPower', totals.facilityPowerKW),
        line('compare.report.capex', totals.capex, 0),
        line('compare.report.opex', totals.opexPerYear, 0),
        line('compare.report.tco', totals.tco, 0)
      ]
    )
  )
}

function recommendationSection(h: Html, input: ReportInput): void {
  const compare = input.estimate.compare
  h.add(`<h2>${h.t('compare.report.recommendation')}</h2>`)
  if (!compare) {
    h.add(`<p>${h.t('compare.report.noCompare')}</p>`)
    return
  }
  const market = compare.market ?? 'none'
  h.add(
    `<p>${h.t('app.punctuation.labelled', {
      label: h.t('compare.ui.market'),
      value: h.t(`compare.markets.${market}`)
    })}</p>`
  )
  for (const group of compare.groups) {
    if (compare.groups.length > 1)
      h.add(`<h3>${h.t('compare.ui.group', { group: group.label })}</h3>`)
    h.add(`<p><strong>${h.note(group.reason)}</strong></p>`)
    const best = group.candidates.find((c) => c.acceleratorId === group.recommended)
    if (best && best.passes.length > 0)
      h.add(`<ul>${best.passes.map((p) => `<li>${h.note(p)}</li>`).join('')}</ul>`)
    if (group.notRankedNote) h.add(`<p>${h.note(group.notRankedNote)}</p>`)
    if (group.quoteNote) h.add(`<p>${h.note(group.quoteNote)}</p>`)
  }
}

function comparisonTable(h: Html, input: ReportInput, group: CompareGroup): string {
  const { locale, plan } = input
  const currency = plan.settings.currency
  const numeric = new Set<ComparisonColumn>([
    'cards',
    'servers',
    'replicas',
    'ttft',
    'tpot',
    'days',
    'itKW',
    'capex',
    'tco'
  ])
  const head = REPORT_COLUMNS.map((c) => escapeHtml(columnTitle(c, locale, currency)))
  const rows = rankedOrder(group.candidates).map((c) => {
    const row = candidateRow(c, group, locale)
    const cls = row.recommended ? 'recommended' : row.excluded ? 'excluded' : ''
    const cells = REPORT_COLUMNS.map((column) => {
      const text = escapeHtml(cellText(column, row.cells[column], locale))
      return numeric.has(column) ? `<td class="num">${text}</td>` : `<td>${text}</td>`
    })
    return `<tr class="${cls}">${cells.join('')}</tr>`
  })
  const th = head.map((x) => `<th>${x}</th>`).join('')
  return `<table class="compare"><thead><tr>${th}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`
}

function comparisonSection(h: Html, input: ReportInput): void {
  const compare = input.estimate.compare
  if (!compare) return
  h.add(`<h2>${h.t('compare.report.comparison')}</h2>`)
  for (const group of compare.groups) {
    if (compare.groups.length > 1)
      h.add(`<h3>${h.t('compare.ui.group', { group: group.label })}</h3>`)
    h.add(comparisonTable(h, input, group))
  }
}

/** Horizontal bars of TCO per ranked candidate; the legend swatch is the bars' colour. */
function tcoChart(input: ReportInput, group: CompareGroup): string {
  const ranked = rankedOrder(group.candidates).filter((c) => c.ranked && c.tco !== null)
  if (ranked.length === 0) return ''
  const shown = ranked.slice(0, 15)
  const max = Math.max(...shown.map((c) => c.tco ?? 0))
  const rowH = 16
  const labelW = 190
  const barW = 420
  const height = shown.length * rowH + 8
  const bars = shown
    .map((c, i) => {
      const y = i * rowH + 4
      const w = max > 0 ? Math.max(1, ((c.tco ?? 0) / max) * barW) : 1
      const value = formatNumber(c.tco, input.locale, 0)
      const bold = c.acceleratorId === group.recommended ? ' font-weight="600"' : ''
      return `<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" font-size="9"${bold}>${escapeHtml(catalogName(c, input.locale))}</text>
<rect x="${labelW}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 5}" fill="${BAR_BLUE}"/>
<text x="${labelW + w + 4}" y="${y + 11}" font-size="8.5">${escapeHtml(value)}</text>`
    })
    .join('\n')
  return `<svg width="${labelW + barW + 90}" height="${height}" viewBox="0 0 ${labelW + barW + 90} ${height}" xmlns="http://www.w3.org/2000/svg" role="img">${bars}</svg>`
}

function chartSection(h: Html, input: ReportInput): void {
  const compare = input.estimate.compare
  if (!compare) return
  const charts = compare.groups
    .map((g) => ({ g, svg: tcoChart(input, g) }))
    .filter((x) => x.svg !== '')
  if (charts.length === 0) return
  h.add(`<h2>${h.t('compare.report.charts')}</h2>`)
  const currency = input.plan.settings.currency
  for (const { g, svg } of charts) {
    const title = h.t('compare.report.tcoChart', { currency })
    const suffix = compare.groups.length > 1 ? ` — ${escapeHtml(g.label)}` : ''
    h.add(`<p><span class="legend"></span>${title}${suffix}</p>${svg}`)
  }
}

function assumptionSection(h: Html, input: ReportInput): void {
  const seen = new Set<string>()
  const rows: string[][] = []
  for (const w of input.estimate.workloads)
    for (const a of w.result.assumptions) {
      const key = `${a.id}\u0000${a.value}`
      if (seen.has(key)) continue
      seen.add(key)
      const labelText = translate(input.locale, a.labelKey)
      rows.push([
        escapeHtml(labelText === a.labelKey ? a.id : labelText),
        formatNumber(a.value, input.locale, 4),
        escapeHtml(localizeUnit(a.unit, input.locale)),
        escapeHtml(localizeText(a.source, input.locale))
      ])
    }
  h.add(`<h2>${h.t('compare.report.assumptions')}</h2>`)
  h.add(
    table(
      [
        h.t('compare.report.step'),
        h.t('compare.report.value'),
        h.t('compare.report.unit'),
        h.t('compare.report.source')
      ],
      rows
    )
  )
}

function stepRows(h: Html, input: ReportInput, steps: readonly Step[], ids: string[]): string[][] {
  return steps
    .filter((s) => ids.includes(s.id))
    .map((s) => {
      const labelText = translate(input.locale, s.labelKey)
      return [
        escapeHtml(labelText === s.labelKey ? s.id : labelText),
        `<span class="formula">${escapeHtml(localizeFormula(s.formula, input.locale))}</span>`,
        formatNumber(s.value, input.locale, 2),
        escapeHtml(localizeUnit(s.unit, input.locale))
      ]
    })
}

function derivationSection(h: Html, input: ReportInput): void {
  h.add(`<h2>${h.t('compare.report.derivation')}</h2>`)
  const head = [
    h.t('compare.report.step'),
    h.t('compare.report.formula'),
    h.t('compare.report.value'),
    h.t('compare.report.unit')
  ]
  const workloadIds = [
    'minimumAcceleratorsForMemory',
    'acceleratorsPerReplica',
    'timeToFirstTokenMs',
    'timePerOutputTokenMs',
    'replicas',
    'days',
    'accelerators'
  ]
  for (const w of input.estimate.workloads) {
    h.add(
      `<h3>${escapeHtml(w.name ?? w.id)} — ${escapeHtml(acceleratorNameIn(w, input.locale))}</h3>`
    )
    h.add(table(head, stepRows(h, input, w.result.steps, workloadIds)))
  }
  const groupIds = [
    'servers',
    'racks',
    'itPowerKW',
    'facilityPowerKW',
    'capex',
    'opexPerYear',
    'tco'
  ]
  for (const g of input.estimate.totals?.byAccelerator ?? []) {
    h.add(`<h3>${escapeHtml(acceleratorNameIn(g, input.locale))}</h3>`)
    h.add(table(head, stepRows(h, input, g.steps, groupIds)))
  }
}

export function reportHtml(input: ReportInput): string {
  const h = new Html(input.locale)
  const meta: [string, string | undefined][] = [
    ['compare.report.plan', input.plan.name],
    ['compare.report.company', input.company],
    ['compare.report.author', input.author],
    ['compare.report.date', input.date]
  ]
  h.add(`<h1>${h.t('compare.report.title')}</h1>`)
  h.add(
    `<table class="meta"><tbody>${meta
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => `<tr><th>${h.t(k)}</th><td>${escapeHtml(v ?? '')}</td></tr>`)
      .join('')}</tbody></table>`
  )
  summarySection(h, input)
  recommendationSection(h, input)
  comparisonSection(h, input)
  chartSection(h, input)
  assumptionSection(h, input)
  derivationSection(h, input)
  const lang = input.locale === 'zh-CN' ? 'zh-CN' : 'en'
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(input.plan.name)}</title>
<style>${pageCss(input)}</style></head>
<body>
${h.toString()}
</body></html>
`
}
