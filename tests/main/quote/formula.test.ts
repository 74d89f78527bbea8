/**
 * The expression → Excel translation keeps the core's meaning exactly: precedence and
 * grouping (Excel's unary minus and ^ differ from the core's), number literals, and ceil /
 * floor with the core's noise tolerance. Checked against HyperFormula on fixed edge cases
 * and on a few hundred random expressions.
 */
import { HyperFormula } from 'hyperformula'
import { describe, expect, it } from 'vitest'
import { evaluateExpr } from '@shared/core'
import { exprToFormula, plainNumber } from '../../../src/main/services/quote/workbook/formula'
import { seededRandom } from '../../../bench/lib/harness'

const SCOPE: Record<string, number> = {
  a: 3,
  b: 0.1,
  c: 7.5,
  d: 1e-9,
  e: 1e15,
  f: 2,
  third: 1 / 3,
  big: 6.74e9
}

/** Evaluates Excel formulas over the scope's names with a real engine. */
function excelValues(formulas: string[]): unknown[] {
  const names = Object.keys(SCOPE)
  const hf = HyperFormula.buildFromSheets(
    { S: [names.map((n) => SCOPE[n]), formulas.map((f) => `=${f}`)] },
    { licenseKey: 'gpl-v3', smartRounding: false },
    names.map((name, i) => ({
      name: `X_${name}`,
      expression: `=S!$${String.fromCharCode(65 + i)}$1`
    }))
  )
  return formulas.map((_, col) => hf.getCellValue({ sheet: 0, row: 1, col }))
}

const toExcel = (expr: string) => exprToFormula(expr, (id) => `X_${id}`)

function expectSame(exprs: string[]) {
  const values = excelValues(exprs.map(toExcel))
  exprs.forEach((expr, i) => {
    const core = evaluateExpr(expr, SCOPE)
    const excel = values[i]
    if (!Number.isFinite(core)) return
    expect(typeof excel, `${expr} → ${toExcel(expr)} gave ${JSON.stringify(excel)}`).toBe('number')
    // === rather than Object.is: ceil(-0.5) is -0 in JavaScript and 0 in a spreadsheet.
    expect(excel === core, `${expr} → ${toExcel(expr)}: ${String(excel)} vs ${core}`).toBe(true)
  })
}

describe('plain number literals', () => {
  it('round-trip exactly, without an upper-case exponent', () => {
    for (const x of [
      0,
      1,
      0.5,
      1e-9,
      2.5e-7,
      1e9,
      1e15,
      86400,
      8.088e22,
      6.74e9,
      1 / 3,
      123456.789,
      1e21,
      1e-30
    ]) {
      const text = plainNumber(x)
      expect(text).not.toMatch(/E/)
      expect(Number(text)).toBe(x)
    }
    expect(plainNumber(1e-9)).toBe('0.000000001')
    expect(plainNumber(8.088e22)).toBe('80880000000000000000000')
  })
})

describe('precedence and grouping', () => {
  it('matches the core on the cases where Excel differs', () => {
    expectSame([
      '-a^2', // core: -(a^2) = -9; Excel's -a^2 would be 9
      '(-a)^2',
      'f^a^f', // core: right-associative
      '(f^a)^f',
      'a^-f',
      '-(a + c) * f',
      'a - (c - f)',
      'a - c - f',
      'a / (c / f)',
      'a / c / f',
      'a + (b + third)', // float order kept
      '-a * -c',
      'a - -c',
      '--a',
      '2 * -(a + b) ^ 2',
      '1e15 * 86400 / e',
      'big * 6 * 2e12 / 1e9'
    ])
  })
})

describe('ceil, floor, round, min, max', () => {
  it('ceil ignores floating-point noise exactly as the core does', () => {
    expectSame([
      'ceil(3 * third)', // 1, not 2
      'ceil(a * 0.1 / b * third)',
      'ceil(1000000 + 0.0001)', // within the core's relative tolerance → 1000000
      'ceil(1000000 + 0.01)',
      'ceil(2.5)',
      'ceil(-2.5)',
      'ceil(0)',
      'ceil(d)',
      'ceil(-d)',
      'ceil(e / 7)',
      'floor(2.9999999999)',
      'floor(-2.5)',
      'floor(a * third)',
      'round(2.5)',
      'round(-2.5)',
      'round(0.49999)',
      'max(1, floor(a / c))',
      'min(1, a, b)',
      'max(0, min(1, f - 2))'
    ])
  })

  it('agrees on a few hundred random expressions', () => {
    const random = seededRandom(20250301)
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
    const atoms = [...Object.keys(SCOPE), '2', '0.5', '1e9', '3']
    const gen = (depth: number): string => {
      if (depth <= 0 || random() < 0.25) return pick(atoms)
      switch (pick(['bin', 'bin', 'bin', 'neg', 'call', 'paren'] as const)) {
        case 'bin':
          return `${gen(depth - 1)} ${pick(['+', '-', '*', '/', '^', '*', '+'])} ${gen(depth - 1)}`
        case 'neg':
          return `-${gen(depth - 1)}`
        case 'paren':
          return `(${gen(depth - 1)})`
        case 'call': {
          const fn = pick(['ceil', 'floor', 'round', 'min', 'max'] as const)
          return fn === 'min' || fn === 'max'
            ? `${fn}(${gen(depth - 1)}, ${gen(depth - 1)})`
            : `${fn}(${gen(depth - 1)})`
        }
      }
    }
    const exprs: string[] = []
    while (exprs.length < 300) {
      const expr = gen(4)
      const value = evaluateExpr(expr, SCOPE)
      // Powers can overflow or go complex (negative base); those never occur in the core.
      if (Number.isFinite(value) && Math.abs(value) < 1e300) exprs.push(expr)
    }
    expectSame(exprs)
  })
})
