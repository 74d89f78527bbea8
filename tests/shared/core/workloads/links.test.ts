/**
 * core/workloads/links.ts: the link figures a split communicates over. Expectations are read
 * from the server the roll-up chooses, the card's catalog figure and the assumption registry,
 * so recalibrating a latency or bandwidth moves them with it.
 */
import { describe, expect, it } from 'vitest'
import { recordLinks } from '../../../../src/shared/core/workloads/links'
import {
  Calc,
  type ResolvedAccelerator,
  type WorkloadContext
} from '../../../../src/shared/core/workloads/context'
import { defaultCatalog } from '../../../../src/shared/core/catalog'
import { chooseServer } from '../../../../src/shared/core/rollup'
import { acceleratorById } from '../../../../src/shared/core/resolve'
import { assumptionDefinition } from '../../../../src/shared/core/assumptions'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan } from '../../../../src/shared/schema/plan'

const parsed = parsePlan({ format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] })
if (!parsed.ok) throw new Error('invalid')
const settings = parsed.plan.settings
const catalog = defaultCatalog()

function links(accelerator: ResolvedAccelerator) {
  const ctx: WorkloadContext = {
    catalog,
    accelerator,
    settings,
    overrides: {},
    scenario: 'typical',
    record: true,
    path: ['workloads', 0]
  }
  const calc = new Calc(ctx, { kind: 'llm-inference', precision: 'fp16' })
  return { figures: recordLinks(calc), calc }
}

/** The registry's default for an assumption with no variant conditions met by `context`. */
const typical = (id: string, calc: Calc) =>
  calc.assumptions.find((a) => a.id === id)?.value ??
  assumptionDefinition(id)!.variants.at(-1)!.typical

describe('recordLinks', () => {
  it('a card on a scale-up fabric: half its interconnect figure per direction, fabric latency', () => {
    const h100 = acceleratorById('nvidia-h100-sxm5-80gb', catalog, new Map())!
    const server = chooseServer(catalog, settings, h100)
    expect(server.scaleUp?.fabric).toBeDefined()
    expect(server.scaleUp?.fabric).not.toBe('pcie')
    const { figures, calc } = links(h100)
    expect(figures.serverId).toBe(server.id)
    expect(figures.fabric).toBe(server.scaleUp?.fabric)
    expect(figures.scaleUpAccelerators).toBe(server.scaleUp?.accelerators)
    // e.g. H100 SXM: 900 GB/s NVLink both ways → 450 GB/s each way.
    expect(figures.scaleUpBandwidthGBs).toBe(h100.spec.interconnectGBs! / 2)
    expect(figures.scaleUpLatencyUs).toBe(typical('fabricCollectiveLatencyUs', calc))
    // Between servers: the host latency and the scale-out bandwidth assumption.
    expect(figures.scaleOutLatencyUs).toBe(typical('hostCollectiveLatencyUs', calc))
    expect(figures.scaleOutBandwidthGBs).toBe(typical('scaleOutBandwidthGBs', calc))
  })

  it('a card without a fabric talks over PCIe inside the server, at host latency both ways', () => {
    const inline: ResolvedAccelerator = {
      id: 'inline:w',
      origin: 'inline',
      spec: {
        vendor: 'X',
        name: 'PCIe card',
        formFactorClass: 'pcie',
        fp16Tflops: 100,
        memoryGB: 48
      }
    }
    const { figures, calc } = links(inline)
    expect(figures.scaleUpBandwidthGBs).toBe(typical('pcieBandwidthGBs', calc))
    expect(figures.scaleUpLatencyUs).toBe(typical('hostCollectiveLatencyUs', calc))
    expect(figures.scaleOutLatencyUs).toBe(figures.scaleUpLatencyUs)
    const step = calc.d.steps.find((s) => s.id === 'scaleUpBandwidthGBs')
    expect(step?.formula).toBe('no scale-up fabric: cards talk over PCIe')
  })

  it('the scale-up domain is a lookup step citing the server', () => {
    const h100 = acceleratorById('nvidia-h100-sxm5-80gb', catalog, new Map())!
    const { calc, figures } = links(h100)
    const step = calc.d.steps.find((s) => s.id === 'scaleUpDomainAccelerators')
    expect(step?.value).toBe(figures.scaleUpAccelerators)
    expect(step?.source).toContain(chooseServer(catalog, settings, h100).name)
  })
})
