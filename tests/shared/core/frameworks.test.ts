import { describe, expect, it } from 'vitest'
import { FRAMEWORK_PRESETS, frameworkPreset } from '../../../src/shared/core/frameworks'
import { assumptionDefinition } from '../../../src/shared/core/assumptions'
import { INFERENCE_FRAMEWORKS } from '../../../src/shared/schema/plan'

describe('serving-framework presets', () => {
  it('one preset per framework the plan schema accepts', () => {
    expect(Object.keys(FRAMEWORK_PRESETS).sort()).toEqual([...INFERENCE_FRAMEWORKS].sort())
  })

  it('every value is a registered assumption, inside its accepted limits, low ≤ typical ≤ high', () => {
    for (const [framework, preset] of Object.entries(FRAMEWORK_PRESETS))
      for (const [id, value] of Object.entries(preset)) {
        const where = `${framework}.${id}`
        const definition = assumptionDefinition(id)
        expect(definition, where).toBeDefined()
        if (!definition || !value) continue
        expect(value.low, where).toBeLessThanOrEqual(value.typical)
        expect(value.high, where).toBeGreaterThanOrEqual(value.typical)
        expect(value.low, where).toBeGreaterThanOrEqual(definition.min)
        expect(value.high, where).toBeLessThanOrEqual(definition.max)
      }
  })

  it('every value names its framework and cites where it comes from', () => {
    const names: Record<string, RegExp> = {
      vllm: /^vLLM preset: /,
      'tensorrt-llm': /^TensorRT-LLM preset: /,
      'llama.cpp': /^llama\.cpp preset: /,
      mindie: /^MindIE preset: /
    }
    for (const [framework, preset] of Object.entries(FRAMEWORK_PRESETS))
      for (const [id, value] of Object.entries(preset))
        expect(value?.source, `${framework}.${id}`).toMatch(names[framework])
  })

  it('frameworkPreset: none chosen is no preset; a name gives its own', () => {
    expect(frameworkPreset(undefined)).toEqual({})
    expect(frameworkPreset('vllm')).toBe(FRAMEWORK_PRESETS.vllm)
    // vLLM's documented default gpu_memory_utilization is 0.9.
    expect(frameworkPreset('vllm').usableMemoryFraction?.typical).toBe(0.9)
  })
})
