/**
 * ChartCanvas keeps one chart.js Chart per canvas: a new result updates it in place (no new
 * Chart, no re-measuring the page); only a different chart type builds a new one.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'

const charts = vi.hoisted(() => ({ created: [] as FakeChart[] }))
interface FakeChart {
  config: { type: string }
  data: unknown
  options: Record<string, unknown>
  updates: string[]
  destroyed: boolean
}

vi.mock('chart.js', () => {
  class Chart implements FakeChart {
    static register = vi.fn()
    config: { type: string }
    data: unknown
    options: Record<string, unknown>
    updates: string[] = []
    destroyed = false
    constructor(
      _canvas: unknown,
      config: { type: string; data: unknown; options: Record<string, unknown> }
    ) {
      this.config = { type: config.type }
      this.data = config.data
      this.options = config.options
      charts.created.push(this)
    }
    update(mode: string) {
      this.updates.push(mode)
    }
    destroy() {
      this.destroyed = true
    }
  }
  const element = class {}
  return {
    Chart,
    BarController: element,
    BarElement: element,
    CategoryScale: element,
    LinearScale: element,
    LogarithmicScale: element,
    LineController: element,
    LineElement: element,
    PointElement: element,
    Legend: element,
    Tooltip: element
  }
})

// The renderer project shares one module graph across files (isolate: false): a file run
// earlier may have loaded ChartCanvas with the real chart.js, so import it afresh under the mock.
vi.resetModules()
const ChartCanvas = (await import('@renderer/components/charts/ChartCanvas.vue')).default

const bar = (values: number[]) => ({
  type: 'bar' as const,
  data: { labels: values.map(String), datasets: [{ label: 'x', data: values }] },
  options: { scales: { y: { title: { display: true, text: 'GB' } } } }
})

describe('ChartCanvas', () => {
  it('updates the same chart for a new result, rebuilds only for a new type, destroys on unmount', async () => {
    charts.created.length = 0
    const wrapper = mount(ChartCanvas, {
      props: { config: bar([1, 2]), dark: false, label: 'memory' }
    })
    expect(charts.created).toHaveLength(1)
    const first = charts.created[0]

    await wrapper.setProps({ config: bar([3, 4]) })
    await nextTick()
    expect(charts.created).toHaveLength(1)
    expect(first.updates).toEqual(['none'])
    expect(first.data).toMatchObject({ datasets: [{ data: [3, 4] }] })

    // A theme switch restyles in place too: the axis title takes the dark text colour.
    await wrapper.setProps({ dark: true })
    await nextTick()
    expect(charts.created).toHaveLength(1)
    expect(first.options).toMatchObject({ scales: { y: { title: { color: '#e5e7eb' } } } })

    await wrapper.setProps({ config: { ...bar([5]), type: 'line' } })
    await nextTick()
    expect(first.destroyed).toBe(true)
    expect(charts.created).toHaveLength(2)
    expect(charts.created[1].config.type).toBe('line')

    wrapper.unmount()
    expect(charts.created[1].destroyed).toBe(true)
  })
})
