/**
 * The core's derivation expressions (src/shared/core/expr.ts) as Excel formulas.
 *
 * - Identifiers become defined names (the caller resolves them), so a formula reads like
 *   its step: `CEILING(W1_acceleratorHours/(W1_targetDays*24)-…,1)`.
 * - Grouping follows the parsed tree exactly. Excel's precedence differs from the core's
 *   (unary minus binds tighter than ^ in Excel, and ^ is left-associative there), and
 *   floating-point sums depend on order, so every grouping the tree has is kept.
 * - ceil and floor reproduce the core's tolerance (`safeCeil`/`safeFloor`: ignore noise below
 *   one part in 10^9), so a workbook never rounds 3 × (1/3) up to 2 where the core does not.
 * - Numbers are written as plain decimals: Excel and LibreOffice read them exactly, and so
 *   does HyperFormula, which rejects an upper-case exponent.
 */
import { parseExpr, type ExprNode } from '@shared/core'

/** The core's NOISE in expr.ts, as a decimal literal. */
const NOISE = '0.000000001'

export type NameResolver = (identifier: string) => string

/** `1e-9` → `0.000000001`, `8.088e+22` → `80880000000000000000000`; exact round trip. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`)
  const text = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const [, sign, whole, fraction = '', exponentText] = match
  const digits = whole + fraction
  const point = whole.length + Number(exponentText)
  let plain: string
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length)
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`
  // Very long literals are unreadable; a lower-case exponent is read by every engine we target.
  return plain.length > 40 ? text : sign + plain
}

type Precedence = 1 | 2 | 3 | 4
const ADDITIVE = 1
const MULTIPLICATIVE = 2
const UNARY = 3
const ATOM = 4

function precedence(node: ExprNode): Precedence {
  switch (node.type) {
    case 'num':
    case 'id':
    case 'call':
      return ATOM
    case 'neg':
      return UNARY
    case 'bin':
      return node.op === '+' || node.op === '-'
        ? ADDITIVE
        : node.op === '^'
          ? UNARY
          : MULTIPLICATIVE
  }
}

function wrapped(node: ExprNode, resolve: NameResolver): string {
  return `(${emit(node, resolve)})`
}

function emitBinary(node: Extract<ExprNode, { type: 'bin' }>, resolve: NameResolver): string {
  if (node.op === '^') {
    // Both sides parenthesised unless atomic: Excel's ^ is left-associative and its unary
    // minus binds tighter, the core's is right-associative under unary minus.
    const side = (child: ExprNode) =>
      precedence(child) === ATOM ? emit(child, resolve) : wrapped(child, resolve)
    return `${side(node.left)}^${side(node.right)}`
  }
  const own = node.op === '+' || node.op === '-' ? ADDITIVE : MULTIPLICATIVE
  const leftPrecedence = node.left.type === 'neg' ? UNARY : precedence(node.left)
  const left = leftPrecedence < own ? wrapped(node.left, resolve) : emit(node.left, resolve)
  // The right side keeps its own grouping when it has the same precedence (a-(b-c), a+(b+c)):
  // the core evaluated it that way, and floating-point sums depend on the order.
  const rightPrecedence = precedence(node.right)
  const right =
    rightPrecedence <= own || node.right.type === 'neg'
      ? wrapped(node.right, resolve)
      : emit(node.right, resolve)
  return `${left}${node.op}${right}`
}

function emitCall(node: Extract<ExprNode, { type: 'call' }>, resolve: NameResolver): string {
  const args = node.args.map((arg) => emit(arg, resolve))
  switch (node.fn) {
    case 'ceil': {
      const x = args[0]
      return `CEILING(${x}-${NOISE}*MAX(1,ABS(${x})),1)`
    }
    case 'floor': {
      const x = args[0]
      // FLOOR(x,1), not INT: all three engines agree on negatives (HyperFormula's INT truncates).
      return `FLOOR(${x}+${NOISE}*MAX(1,ABS(${x})),1)`
    }
    case 'round':
      return `ROUND(${args[0]},0)`
    case 'min':
      return `MIN(${args.join(',')})`
    case 'max':
      return `MAX(${args.join(',')})`
  }
}

function emit(node: ExprNode, resolve: NameResolver): string {
  switch (node.type) {
    case 'num':
      return plainNumber(node.value)
    case 'id':
      return resolve(node.name)
    case 'neg':
      return precedence(node.arg) === ATOM
        ? `-${emit(node.arg, resolve)}`
        : `-${wrapped(node.arg, resolve)}`
    case 'bin':
      return emitBinary(node, resolve)
    case 'call':
      return emitCall(node, resolve)
  }
}

/** An Excel formula (without the leading `=`) computing `expr` over named cells. */
export function exprToFormula(expr: string, resolve: NameResolver): string {
  return emit(parseExpr(expr), resolve)
}

/** The core's ceil of an Excel expression: for formulas the workbook builds itself. */
export function ceilFormula(x: string): string {
  return `CEILING(${x}-${NOISE}*MAX(1,ABS(${x})),1)`
}
