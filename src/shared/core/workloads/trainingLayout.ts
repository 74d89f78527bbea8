/**
 * A tensor × pipeline layout that fits, for a training plan that states none and does not fit
 * in memory at the default (no model parallelism). Named in the warning so the planner can
 * enter it; the core never applies it on its own (a stated layout turns on the communication
 * model, trainingParallel.ts, and that is the planner's choice).
 *
 * Per-card memory at tensor t and pipeline p, from the figures at the current layout (t₀, p₀):
 *   S = modelStatesPerAcceleratorGB × t₀ p₀   (weights, gradients, optimizer states of one
 *                                              data-parallel shard of the whole model)
 *   A = activationsPerAcceleratorGB × t₀      (activations at t = 1; the first pipeline stage
 *                                              holds as many as the whole model, Korthikanti
 *                                              et al.)
 *   memory(t, p) = S ÷ (t p) + A ÷ t ≤ usable  ⇒  p = ceil(S ÷ (t (usable − A ÷ t)))
 * t runs over powers of two up to 8 that divide the attention heads (one 8-card server's
 * high-bandwidth domain, as every layout of Narayanan et al. Table 1 keeps t ≤ 8); p ≤ layers.
 * The fewest model-parallel cards t p win; on a tie, fewer pipeline stages (less bubble).
 * ZeRO sharding moves a little with the data-parallel count the layout leaves; the core
 * re-checks the memory once the layout is entered.
 */
export const MAX_TENSOR_PARALLEL = 8

export interface LayoutInput {
  modelStatesGB: number
  activationsGB: number
  tensorParallel: number
  pipelineParallel: number
  usableGB: number
  layers?: number
  attentionHeads?: number
}

export interface SuggestedLayout {
  tensor: number
  pipeline: number
  perAcceleratorGB: number
}

export function suggestLayout(input: LayoutInput): SuggestedLayout | null {
  const states = input.modelStatesGB * input.tensorParallel * input.pipelineParallel
  const activations = input.activationsGB * input.tensorParallel
  let best: SuggestedLayout | null = null
  for (let tensor = 1; tensor <= MAX_TENSOR_PARALLEL; tensor *= 2) {
    if (input.attentionHeads !== undefined && input.attentionHeads % tensor !== 0) continue
    const room = input.usableGB - activations / tensor
    if (room <= 0) continue
    const pipeline = Math.max(1, Math.ceil(states / (tensor * room)))
    if (input.layers !== undefined && pipeline > input.layers) continue
    const cards = tensor * pipeline
    if (
      best === null ||
      cards < best.tensor * best.pipeline ||
      (cards === best.tensor * best.pipeline && pipeline < best.pipeline)
    )
      best = {
        tensor,
        pipeline,
        perAcceleratorGB: states / cards + activations / tensor
      }
  }
  return best
}
