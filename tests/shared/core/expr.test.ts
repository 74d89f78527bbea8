import { describe, expect, it } from 'vitest'
import { evaluateExpr, ExprError, exprIdentifiers } from '../../../src/shared/core'

describe('evaluateExpr', () => {
  it('follows arithmetic precedence, right-associative powers and unary minus', () => {
    expect(evaluateExpr('1 + 2 * 3', {})).toBe(7)
    expect(evaluateExpr('(1 + 2) * 3', {})).toBe(9)
    expect(evaluateExpr('2 ^ 3 ^ 2', {})).toBe(512)
    expect(evaluateExpr('-2 ^ 2', {})).toBe(-4)
    expect(evaluateExpr('10 / 4 - 1', {})).toBe(1.5)
    expect(evaluateExpr('1e+30 / 1e30', {})).toBe(1)
  })

  it('reads identifiers from the scope', () => {
    expect(
      evaluateExpr('params * weightBytesPerParam / 1e9', { params: 7e9, weightBytesPerParam: 2 })
    ).toBe(14)
    expect(exprIdentifiers('a * b + max(a, c_1)')).toEqual(['a', 'b', 'c_1'])
  })

  it('has ceil, floor, round, min and max, ignoring float noise in ceil/floor', () => {
    expect(evaluateExpr('ceil(3000 / 16)', {})).toBe(188)
    expect(evaluateExpr('ceil(188 / 0.9)', {})).toBe(209)
    expect(evaluateExpr('ceil(0.1 * 3 / 0.3)', {})).toBe(1)
    expect(evaluateExpr('floor(88 / 5.5)', {})).toBe(16)
    expect(evaluateExpr('round(2.5) + round(-2.5)', {})).toBe(0)
    expect(evaluateExpr('min(3, 1, 2) + max(4)', {})).toBe(5)
  })

  it('rejects anything outside the grammar', () => {
    for (const bad of ['1 +', 'foo(1)', 'a.b', '1 % 2', 'ceil(1, 2)', '(1', 'x = 1', '"1"']) {
      expect(() => evaluateExpr(bad, { a: 1, x: 1 }), bad).toThrow(ExprError)
    }
    expect(() => evaluateExpr('unknown * 2', {})).toThrow(/unknown identifier/)
  })
})
