/**
 * Issue 19 "Wrong cards" #2: servers are chosen per accelerator group, only from chassis that
 * fit the card (form factor, vendor/architecture, power); a chassis that does not fit is
 * refused in words, never filled silently.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan } from '../../../src/shared/core'
import { serverMisfit } from '../../../src/shared/core/rollup'
import { plan } from '../core/helpers'

const training910b = {
  id: 'train',
  kind: 'llm-training',
  accelerator: 'huawei-ascend-910b',
  model: 'llama-2-7b',
  tokens: 1e11,
  accelerators: 80
}
const video = {
  id: 'video',
  kind: 'video-analytics',
  accelerator: 'huawei-atlas-300i-duo',
  streams: 500,
  resolution: '1080p',
  fps: 25,
  model: 'yolov5s-detection'
}

function groups(settings: Record<string, unknown>) {
  const result = estimatePlan(plan([training910b, video], { settings }))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.totals!.byAccelerator
}

describe('server per accelerator group', () => {
  it('refuses a plan-wide PCIe inference chassis for 910B modules and keeps the fitting one', () => {
    // The walkthrough: "Atlas 800 inference server" put 80 × 910B into a PCIe 300I chassis.
    const [train, infer] = groups({ server: 'huawei-atlas-800-inference-3000' })
    expect(train.server.id).toBe('huawei-atlas-800t-a2')
    expect(train.warnings).toContainEqual({
      key: 'cluster.serverRefused.formFactor',
      params: expect.objectContaining({
        server: expect.stringContaining('Atlas 800'),
        accelerator: expect.stringContaining('910B'),
        reason: 'formFactor'
      })
    })
    // The same chassis fits the 300I Duo group, which keeps it.
    expect(infer.server.id).toBe('huawei-atlas-800-inference-3000')
    expect(infer.warnings.map((w) => w.key)).not.toContain('cluster.serverRefused.formFactor')
  })

  it('takes a per-group choice over the plan-wide one', () => {
    const [train] = groups({
      server: 'huawei-atlas-800-inference-3000',
      serverByAccelerator: { 'huawei-ascend-910b': 'huawei-atlas-800t-a2' }
    })
    expect(train.server.id).toBe('huawei-atlas-800t-a2')
    expect(train.warnings.map((w) => w.key)).not.toContain('cluster.serverRefused.formFactor')
  })

  it("refuses a chassis built for another vendor's cards", () => {
    const result = estimatePlan(
      plan(
        [
          {
            id: 'l',
            kind: 'llm-inference',
            accelerator: 'nvidia-h200-nvl-141gb',
            model: 'llama-2-7b',
            weightPrecision: 'fp16',
            contextTokens: 4096,
            concurrency: 4
          }
        ],
        {
          settings: {
            serverByAccelerator: { 'nvidia-h200-nvl-141gb': 'huawei-atlas-800-inference-3000' }
          }
        }
      )
    )
    const group = result.totals!.byAccelerator[0]
    expect(group.server.id).not.toBe('huawei-atlas-800-inference-3000')
    expect(
      group.warnings.find((w) => w.key.startsWith('cluster.serverRefused.'))?.params.reason
    ).toBe('vendor')
  })
})

describe('serverMisfit', () => {
  const catalog = defaultCatalog()
  const chassis = catalog.servers.get('huawei-atlas-800-inference-3000')!
  const card = (tdpW: number) =>
    ({
      id: 'x',
      spec: {
        ...catalog.accelerators.get('huawei-atlas-300i-duo')!,
        tdpW
      }
    }) as unknown as Parameters<typeof serverMisfit>[1]
  it('accepts a 150 W inference card and refuses a 250 W one (chassis limit 150 W)', () => {
    expect(serverMisfit(chassis, card(150))).toBeNull()
    expect(serverMisfit(chassis, card(250))).toBe('power')
  })
  it('an unknown server id in serverByAccelerator is a located issue', () => {
    const result = estimatePlan(
      plan([video], {
        settings: { serverByAccelerator: { 'huawei-atlas-300i-duo': 'no-such-server' } }
      })
    )
    expect(result.ok).toBe(false)
    expect(result.issues[0].path).toBe('settings.serverByAccelerator.huawei-atlas-300i-duo')
  })
})
