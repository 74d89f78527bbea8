/**
 * The derivation expression language: numbers, identifiers, + - * / ^, parentheses and the
 * functions ceil floor round min max. Deliberately tiny so that every step can be turned
 * into a live spreadsheet formula (the quote workbook does this) and re-evaluated in tests.
 *
 * ceil and floor ignore floating-point noise below one part in 10^9 (so 3 × (1/3) ceils to
 * 1, not 2); round is half away from zero, as in spreadsheets.
 */

export type ExprNode =
  | { type: 'num'; value: number }
  | { type: 'id'; name: string }
  | { type: 'neg'; arg: ExprNode }
  | { type: 'bin'; op: '+' | '-' | '*' | '/' | '^'; left: ExprNode; right: ExprNode }
  | { type: 'call'; fn: ExprFunction; args: ExprNode[] }

export const EXPR_FUNCTIONS = ['ceil', 'floor', 'round', 'min', 'max'] as const
export type ExprFunction = (typeof EXPR_FUNCTIONS)[number]

export class ExprError extends Error {}

type Token =
  { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string }

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let rest = source
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest)
    if (space) {
      rest = rest.slice(space[0].length)
      continue
    }
    const num = NUMBER.exec(rest)
    if (num) {
      tokens.push({ kind: 'num', value: Number(num[0]) })
      rest = rest.slice(num[0].length)
      continue
    }
    const id = IDENT.exec(rest)
    if (id) {
      tokens.push({ kind: 'id', name: id[0] })
      rest = rest.slice(id[0].length)
      continue
    }
    if ('+-*/^(),'.includes(rest[0])) {
      tokens.push({ kind: 'op', op: rest[0] })
      rest = rest.slice(1)
      continue
    }
    throw new ExprError(`unexpected character "${rest[0]}" in "${source}"`)
  }
  return tokens
}

class Parser {
  private position = 0
  constructor(
    private readonly tokens: Token[],
    private readonly source: string
  ) {}

  parse(): ExprNode {
    const node = this.additive()
    if (this.position < this.tokens.length) this.fail('unexpected trailing input')
    return node
  }

  private peekOp(): string | undefined {
    const token = this.tokens[this.position]
    return token?.kind === 'op' ? token.op : undefined
  }

  private expectOp(op: string): void {
    if (this.peekOp() !== op) this.fail(`expected "${op}"`)
    this.position++
  }

  private fail(message: string): never {
    throw new ExprError(`${message} in "${this.source}"`)
  }

  private additive(): ExprNode {
    let node = this.multiplicative()
    for (let op = this.peekOp(); op === '+' || op === '-'; op = this.peekOp()) {
      this.position++
      node = { type: 'bin', op, left: node, right: this.multiplicative() }
    }
    return node
  }

  private multiplicative(): ExprNode {
    let node = this.unary()
    for (let op = this.peekOp(); op === '*' || op === '/'; op = this.peekOp()) {
      this.position++
      node = { type: 'bin', op, left: node, right: this.unary() }
    }
    return node
  }

  private unary(): ExprNode {
    if (this.peekOp() === '-') {
      this.position++
      return { type: 'neg', arg: this.unary() }
    }
    return this.power()
  }

  private power(): ExprNode {
    const base = this.primary()
    if (this.peekOp() === '^') {
      this.position++
      return { type: 'bin', op: '^', left: base, right: this.unary() }
    }
    return base
  }

  private primary(): ExprNode {
    const token = this.tokens[this.position]
    if (!token) this.fail('unexpected end')
    this.position++
    if (token.kind === 'num') return { type: 'num', value: token.value }
    if (token.kind === 'id') {
      if (this.peekOp() !== '(') return { type: 'id', name: token.name }
      if (!(EXPR_FUNCTIONS as readonly string[]).includes(token.name))
        this.fail(`unknown function "${token.name}"`)
      this.position++
      const args: ExprNode[] = [this.additive()]
      while (this.peekOp() === ',') {
        this.position++
        args.push(this.additive())
      }
      this.expectOp(')')
      const fn = token.name as ExprFunction
      const arity = fn === 'min' || fn === 'max' ? args.length >= 1 : args.length === 1
      if (!arity) this.fail(`wrong number of arguments to ${fn}`)
      return { type: 'call', fn, args }
    }
    if (token.op === '(') {
      const inner = this.additive()
      this.expectOp(')')
      return inner
    }
    return this.fail(`unexpected "${token.op}"`)
  }
}

export function parseExpr(source: string): ExprNode {
  return new Parser(tokenize(source), source).parse()
}

const NOISE = 1e-9
const tolerance = (x: number) => NOISE * Math.max(1, Math.abs(x))
export const safeCeil = (x: number): number => Math.ceil(x - tolerance(x))
export const safeFloor = (x: number): number => Math.floor(x + tolerance(x))
export const roundHalfAway = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x))

function collectIdentifiers(node: ExprNode, into: Set<string>): void {
  switch (node.type) {
    case 'id':
      into.add(node.name)
      break
    case 'neg':
      collectIdentifiers(node.arg, into)
      break
    case 'bin':
      collectIdentifiers(node.left, into)
      collectIdentifiers(node.right, into)
      break
    case 'call':
      node.args.forEach((arg) => collectIdentifiers(arg, into))
      break
    default:
      break
  }
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 } as const
const PRETTY_OP = { '+': '+', '-': '−', '*': '×', '/': '÷', '^': '^' } as const

/** Human-readable form of an expression: `a × b ÷ 1e9`. */
function pretty(node: ExprNode, parent = 0): string {
  switch (node.type) {
    case 'num':
      return String(node.value)
    case 'id':
      return node.name
    case 'neg':
      return `−${pretty(node.arg, 3)}`
    case 'call':
      return `${node.fn}(${node.args.map((arg) => pretty(arg)).join(', ')})`
    case 'bin': {
      const own = PRECEDENCE[node.op]
      const rightPrecedence = node.op === '-' || node.op === '/' ? own + 1 : own
      const text = `${pretty(node.left, own)} ${PRETTY_OP[node.op]} ${pretty(node.right, rightPrecedence)}`
      return own < parent ? `(${text})` : text
    }
  }
}

/** An expression parsed once: its tree, identifiers in first-use order, and display text. */
export interface ParsedExpr {
  ast: ExprNode
  identifiers: string[]
  text: string
}

/** Parsed expressions are cached: the core evaluates the same few hundred formulas repeatedly. */
const parsed = new Map<string, ParsedExpr>()

export function parsedExpr(source: string): ParsedExpr {
  let hit = parsed.get(source)
  if (!hit) {
    const ast = parseExpr(source)
    const identifiers = new Set<string>()
    collectIdentifiers(ast, identifiers)
    hit = { ast, identifiers: [...identifiers], text: pretty(ast) }
    parsed.set(source, hit)
  }
  return hit
}

/** The identifiers an expression references, in first-use order. */
export function exprIdentifiers(expr: string): string[] {
  return parsedExpr(expr).identifiers
}

/** Number literal that the grammar reads back exactly (`1e+30` included). */
export function numberLiteral(value: number): string {
  return String(value)
}
