/**
 * The link figures a split of cards communicates over, recorded as derivation steps: the
 * scale-up domain of the server the card goes into (NVSwitch, HCCS, Infinity Fabric or
 * PCIe), the card's scale-up bandwidth per direction from the catalog's `interconnectGBs`,
 * and the scale-out (server-to-server) bandwidth, each with its collective latency.
 * Shared by inference (tensor/pipeline split) and training (tensor/pipeline/data).
 */
import { chooseServer } from '../rollup'
import type { Calc } from './context'

export interface LinkFigures {
  fabric: string
  serverId: string
  scaleUpAccelerators: number
  scaleUpBandwidthGBs: number
  scaleUpLatencyUs: number
  scaleOutBandwidthGBs: number
  scaleOutLatencyUs: number
}

export function recordLinks(calc: Calc): LinkFigures {
  const ctx = calc.ctx
  const spec = ctx.accelerator.spec
  const server = chooseServer(ctx.catalog, ctx.settings, ctx.accelerator)
  const fabric = server.scaleUp?.fabric ?? 'pcie'
  const domain = calc.lookup(
    'scaleUpDomainAccelerators',
    server.scaleUp?.accelerators ?? server.acceleratorsPerServer,
    'accelerators',
    `${server.name}: ${server.scaleUp?.source ?? server.source}`
  )
  const onFabric = fabric !== 'pcie' && spec.interconnectGBs !== undefined
  const scaleUpBandwidth = onFabric
    ? calc.lookup(
        'scaleUpBandwidthGBs',
        (spec.interconnectGBs ?? 0) / 2,
        'GB/s',
        `${spec.name} interconnectGBs ${spec.interconnectGBs} (both directions) ÷ 2 on ${fabric}: ${spec.source ?? 'user entry'}`
      )
    : pcieLink(calc)
  const scaleUpLatency = onFabric
    ? calc.use('fabricCollectiveLatencyUs')
    : calc.use('hostCollectiveLatencyUs')
  const scaleOutBandwidth = calc.use('scaleOutBandwidthGBs')
  const scaleOutLatency = onFabric ? calc.use('hostCollectiveLatencyUs') : scaleUpLatency
  return {
    fabric,
    serverId: server.id,
    scaleUpAccelerators: domain,
    scaleUpBandwidthGBs: scaleUpBandwidth,
    scaleUpLatencyUs: scaleUpLatency,
    scaleOutBandwidthGBs: scaleOutBandwidth,
    scaleOutLatencyUs: scaleOutLatency
  }
}

function pcieLink(calc: Calc): number {
  calc.use('pcieBandwidthGBs')
  return calc.f(
    'scaleUpBandwidthGBs',
    'pcieBandwidthGBs',
    'GB/s',
    'no scale-up fabric: cards talk over PCIe'
  )
}
