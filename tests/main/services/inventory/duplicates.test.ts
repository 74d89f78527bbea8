import { describe, expect, it } from 'vitest'
import { modelHash, ModelIndex, nameHash } from '../../../../src/main/services/inventory/duplicates'

describe('modelHash', () => {
  it('ignores token order, depends on the kind, and stays within 30 bits', () => {
    const forward = modelHash('accelerator', ['a100', 'sxm4', '80gb'])
    expect(modelHash('accelerator', ['80gb', 'a100', 'sxm4'])).toBe(forward)
    expect(modelHash('server', ['a100', 'sxm4', '80gb'])).not.toBe(forward)
    for (const tokens of [[], ['x'], ['a100', 'a100'], ['昇腾', '910b']]) {
      const hash = modelHash('accelerator', tokens)
      expect(hash).toBeGreaterThanOrEqual(0)
      expect(hash).toBeLessThan(2 ** 30)
    }
  })

  it('counts a repeated token, so "A100 A100" is not "A100"', () => {
    expect(modelHash('accelerator', ['a100', 'a100'])).not.toBe(modelHash('accelerator', ['a100']))
    expect(nameHash('accelerator', 'A100 A100')).not.toBe(nameHash('accelerator', 'A100'))
  })
})

describe('ModelIndex', () => {
  it('keeps finding first rows while its table grows past its starting size (1,024 slots, half full)', () => {
    const index = new ModelIndex()
    const models = Array.from({ length: 1500 }, (_, n) => `Card ${n} PCIe`)
    const first = models.map((name, row) => index.firstRowOf('accelerator', name, row + 2))
    expect(first.every((row) => row === undefined)).toBe(true)
    // The same models again, their words reordered: each points at its first row.
    const again = models.map((name, row) =>
      index.firstRowOf('accelerator', name.split(' ').reverse().join('-'), 10_000 + row)
    )
    expect(again).toEqual(models.map((_, row) => row + 2))
  })

  it('tells apart many different models that share one hash, and finds each again', () => {
    const index = new ModelIndex(() => 12345)
    const names = Array.from({ length: 300 }, (_, n) => `M${n}`)
    const first = names.map((name, row) => index.firstRowOf('accelerator', name, row + 1))
    expect(first.every((row) => row === undefined)).toBe(true)
    const again = names.map((name, row) => index.firstRowOf('accelerator', name, 5000 + row))
    expect(again).toEqual(names.map((_, row) => row + 1))
  })
})
