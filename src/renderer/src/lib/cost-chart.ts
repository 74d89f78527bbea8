/**
 * The cost-across-candidates chart's configuration, built here (pure) so its legend can be
 * tested: chart.js draws a bar dataset's legend swatch from the FIRST bar's colour, so a
 * dataset with per-bar colours (green recommended, blue others) showed a green legend over
 * blue bars. Each dataset now has one colour; the recommended bar is marked by ★ in its
 * label and a dark outline, candidates not ranked are not charted (the table lists them).
 */
import type { ChartConfiguration } from 'chart.js'
import type { CompareGroup } from '@shared/core'
import { catalogName } from '@shared/i18n/catalog-names'
import type { Locale } from '@shared/i18n'

export const TCO_BLUE = '#2080f0'
const RECOMMENDED_OUTLINE = '#0c3d73'

export interface CostChartText {
  tco: string
  capex: string
  axis: string
  capexColor: string
  /** The language candidates are named in (`nameZh` under zh-CN). */
  locale?: Locale
}

function shortLabel(text: string): string {
  return text.length > 28 ? `${text.slice(0, 27)}…` : text
}

export function costChartConfig(
  group: CompareGroup | undefined,
  text: CostChartText,
  limit = 12
): ChartConfiguration<'bar'> | null {
  if (!group) return null
  const list = group.candidates
    .filter((c) => c.ranked && c.tco !== null)
    .sort((a, b) => (a.tco ?? 0) - (b.tco ?? 0))
    .slice(0, limit)
  if (list.length === 0) return null
  const isRecommended = list.map((c) => c.acceleratorId === group.recommended)
  return {
    type: 'bar',
    data: {
      labels: list.map((c, i) => {
        const name = catalogName(c, text.locale ?? 'en')
        return shortLabel(isRecommended[i] ? `★ ${name}` : name)
      }),
      datasets: [
        {
          label: text.tco,
          data: list.map((c) => c.tco ?? 0),
          backgroundColor: TCO_BLUE,
          borderColor: RECOMMENDED_OUTLINE,
          borderWidth: isRecommended.map((r) => (r ? 2 : 0))
        },
        {
          label: text.capex,
          data: list.map((c) => c.capex ?? 0),
          backgroundColor: text.capexColor
        }
      ]
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { title: { display: true, text: text.axis } },
        y: { ticks: { autoSkip: false } }
      }
    }
  }
}
