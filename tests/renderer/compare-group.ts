/** A compare group from the real core, and the plan it came from, for the compare components. */
import { estimatePlan, parsePlan, type CompareGroup } from '@shared/core'
import type { PlanDocument } from '@shared/schema/plan'

/**
 * One 70B chat service compared on five catalog cards (USD plan). The catalog prices the
 * 910B and the H100 (ranked by TCO); the A800 PCIe, A2 and Jetson have no price ("price
 * needed", docs/catalog.md).
 */
export function compareFixture(): { plan: PlanDocument; group: CompareGroup } {
  const parsed = parsePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'compare',
    workloads: [
      {
        id: 'serve',
        name: 'Chat',
        kind: 'llm-inference',
        accelerator: 'nvidia-a800-pcie-80gb',
        model: 'llama-3.1-70b',
        weightPrecision: 'bf16',
        contextTokens: 4096,
        concurrency: 8
      }
    ],
    compare: {
      enabled: true,
      candidates: [
        'nvidia-a800-pcie-80gb',
        'huawei-ascend-910b',
        'nvidia-h100-sxm5-80gb',
        'nvidia-a2-16gb',
        'nvidia-jetson-agx-orin-64gb'
      ]
    },
    settings: { currency: 'USD' }
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  const group = estimatePlan(parsed.plan).compare?.groups[0]
  if (!group) throw new Error('no compare group')
  return { plan: parsed.plan, group }
}
