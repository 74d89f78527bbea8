/**
 * Issue 13 (derivation panel): the arithmetic is written out with the numbers
 * (`ceil(188 / 0.9) = 209`), inputs are named in words (never `topsPerStreamGiven`), values
 * the planner typed say "you entered", and the first level of Servers and Capital cost is a
 * formula, not a card name.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DerivationPanel from '@renderer/components/results/DerivationPanel.vue'
import { useDerivationStore, type DerivationTarget } from '@renderer/stores/derivation'
import { useResultsStore } from '@renderer/stores/results'
import { estimatePlan, type EstimateResult } from '@shared/core'
import { mountIn, setup } from './harness'

const CARD = 'seed-ascend-inference-card-88tops-int8'

function videoEstimate(): EstimateResult {
  return estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'video',
    settings: { currency: 'CNY' },
    priceBook: [{ partId: CARD, price: { amount: 20_000, currency: 'CNY' } }],
    workloads: [
      {
        id: 'video',
        kind: 'video-analytics',
        accelerator: CARD,
        streams: 3000,
        topsPerStream: 5.5,
        efficiency: 0.9
      }
    ]
  })
}

async function panelText(target: DerivationTarget): Promise<string> {
  const context = setup()
  useResultsStore().result = videoEstimate()
  const panel = await mountIn(DerivationPanel, {}, context)
  useDerivationStore().open(target)
  await flushPromises()
  const text = document.querySelector('[data-testid="derivation-panel"]')?.textContent ?? ''
  useDerivationStore().close()
  panel.unmount()
  return text
}

describe('derivation panel in words and numbers', () => {
  it('writes the arithmetic out with the numbers', async () => {
    const text = await panelText({ scope: 'workload', workloadId: 'video', stepId: 'accelerators' })
    // The seed's case: 188 cards at 90 % efficiency (no headroom on top) are 209.
    expect(text).toContain('ceil(188 / 0.9 × (1 + 0)) = 209')
  }, 30_000)

  it('names inputs in words and tags what the planner typed as "you entered"', async () => {
    const text = await panelText({
      scope: 'workload',
      workloadId: 'video',
      stepId: 'topsPerStream'
    })
    expect(text).not.toContain('topsPerStreamGiven')
    expect(text).toContain('TOPS per stream (you entered)')
    expect(text).toContain('you entered')
    expect(text).not.toContain('computed in an earlier step')
    // No input id anywhere in the panel (labels, formula, arithmetic).
    const accelerators = await panelText({
      scope: 'workload',
      workloadId: 'video',
      stepId: 'accelerators'
    })
    for (const id of ['acceleratorsBeforeEfficiency', 'clusterParallelEfficiency', 'videoHeadroom'])
      expect(accelerators).not.toContain(id)
  }, 30_000)

  it('Servers and Capital cost open on a formula, not a card name', async () => {
    const servers = await panelText({ scope: 'total', field: 'servers' })
    const formula = servers.slice(servers.indexOf('Formula'), servers.indexOf('Inputs'))
    expect(formula).toContain('Sum over the card models of Servers')
    // Its parts are computed per card model, not typed.
    expect(servers.slice(servers.indexOf('Inputs'))).not.toContain('you entered')
    const capex = await panelText({ scope: 'total', field: 'capex' })
    const capexFormula = capex.slice(capex.indexOf('Formula'), capex.indexOf('Inputs'))
    expect(capexFormula).not.toContain('Seed')
    expect(capexFormula).toMatch(/×/)
    expect(capexFormula).toMatch(/=/)
  }, 60_000)
})
