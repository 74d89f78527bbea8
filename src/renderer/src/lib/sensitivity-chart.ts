/**
 * The sensitivity (tornado) chart's configuration: one floating bar per assumption from the
 * result at its optimistic end to the result at its pessimistic end, widest first
 * (whatif.ts `tornadoRows` sorts and drops the ones that do not move).
 */
import type { ChartConfiguration } from 'chart.js'

export interface TornadoBar {
  label: string | string[]
  min: number
  max: number
}

export function tornadoConfig(
  bars: TornadoBar[],
  text: { swing: string; axis: string },
  color: string
): ChartConfiguration<'bar'> | null {
  if (bars.length === 0) return null
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [
        {
          label: text.swing,
          // Floating bars: each datum is its [start, end].
          data: bars.map((bar): [number, number] => [bar.min, bar.max]),
          backgroundColor: color
        }
      ]
    },
    options: {
      indexAxis: 'y',
      scales: {
        // Every assumption keeps its (wrapped) label; chart.js would skip every other one.
        y: { ticks: { autoSkip: false, font: { size: 11 } } },
        x: { beginAtZero: false, title: { display: true, text: text.axis } }
      }
    }
  }
}
