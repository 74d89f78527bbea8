/**
 * Expressions run as postfix programs over slot-indexed scopes (expr-program.ts, issue 14
 * speed work). The program must give the same number, to the bit, as evaluating the parsed
 * tree directly: a plain recursive evaluator here is the independent reference.
 */
import { describe, expect, it } from 'vitest'
import { ExprError, parseExpr, type ExprNode } from '../../../src/shared/core/expr'
import { SlotTable, evaluateExpr, type SlotValues } from '../../../src/shared/core/expr-program'

const NOISE = 1e-9

/** The tree evaluated node by node, with the grammar's documented ceil/floor/round rules. */
function reference(node: ExprNode, scope: Record<string, number>): number {
  switch (node.type) {
    case 'num':
      return node.value
    case 'id':
      return scope[node.name]
    case 'neg':
      return -reference(node.arg, scope)
    case 'bin': {
      const a = reference(node.left, scope)
      const b = reference(node.right, scope)
      if (node.op === '+') return a + b
      if (node.op === '-') return a - b
      if (node.op === '*') return a * b
      if (node.op === '/') return a / b
      return a ** b
    }
    case 'call': {
      const args = node.args.map((arg) => reference(arg, scope))
      const x = args[0]
      const tolerance = NOISE * Math.max(1, Math.abs(x))
      if (node.fn === 'ceil') return Math.ceil(x - tolerance)
      if (node.fn === 'floor') return Math.floor(x + tolerance)
      if (node.fn === 'round') return x < 0 ? -Math.round(-x) : Math.round(x)
      return node.fn === 'min' ? Math.min(...args) : Math.max(...args)
    }
  }
}

const scope = { a: 7e9, b: 2, c: 0.1, d: -3.5, e: 1 / 3, zero: 0 }

const expressions = [
  'a * b / 1e9',
  '(a - b) * c + d / e',
  '2 ^ 3 ^ 2',
  '-b ^ 2',
  '-(d * -c)',
  'ceil(c * 3 / 0.3) + floor(88 / 5.5) + round(d)',
  'min(a, b, c, d) - max(e, zero, 1e-12)',
  'max(1, floor(a / (b * 1e6 + c)))',
  '(a * e + b * c) * (1 - c) * (1 + e) / (d - b)',
  'b / zero',
  'zero / zero',
  'min(zero / zero, 1)'
]

describe('expression programs', () => {
  it('give the same number as evaluating the tree, to the bit', () => {
    for (const source of expressions) {
      const expected = reference(parseExpr(source), scope)
      expect(Object.is(evaluateExpr(source, scope), expected), source).toBe(true)
    }
  })

  it('evaluate expressions deeper than the first stack', () => {
    // ((…((1 + 1) + 1)…) with the operands nested to the right: every level stays on the stack.
    const depth = 200
    const source = `${'(1 + '.repeat(depth)}1${')'.repeat(depth)}`
    expect(evaluateExpr(source, {})).toBe(depth + 1)
    expect(evaluateExpr(`max(${source}, b)`, scope)).toBe(depth + 1)
  })

  it('name an identifier the scope does not define', () => {
    expect(() => evaluateExpr('a + missing', scope)).toThrow(ExprError)
    expect(() => evaluateExpr('a + missing', scope)).toThrow('unknown identifier "missing"')
  })
})

describe('slot tables', () => {
  it('number each family’s names densely from 0, in first-use order', () => {
    const table = new SlotTable()
    expect(['x', 'y', 'x', 'z'].map((name) => table.slotOf(name))).toEqual([0, 1, 0, 2])
    const other = new SlotTable()
    expect(other.slotOf('z')).toBe(0)
  })

  it('run a compiled expression over values placed at the names’ slots', () => {
    const table = new SlotTable()
    const compiled = table.compile('width * height - margin')
    const values: SlotValues = []
    values[table.slotOf('width')] = 4
    values[table.slotOf('height')] = 2.5
    values[table.slotOf('margin')] = 1
    expect(compiled.evaluate(values)).toBe(9)
    expect(compiled.identifiers).toEqual(['width', 'height', 'margin'])
    expect(compiled.text).toBe('width × height − margin')
    // A name not (yet) defined in this scope is an error, not a zero.
    expect(() => compiled.evaluate([])).toThrow('unknown identifier "width"')
  })
})
