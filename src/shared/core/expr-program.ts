/**
 * Running derivation expressions fast (issue 14: compare mode evaluates ~4·10^4 formulas per
 * estimate, one workload × card at a time).
 *
 * A scope is an array of values indexed by slot, not a map by name: each family of
 * derivations (a workload kind, the roll-up…) numbers the names it defines densely, from 0,
 * in a SlotTable, so an expression reads its inputs by index and a derivation's array is
 * about as long as the names it holds. The table numbers names; it never holds a value, so
 * nothing computed outlives its derivation.
 *
 * An expression compiles, once per table, to a small postfix program run on one stack of
 * doubles: no closure call and no boxed intermediate number per node. Operands are evaluated
 * left to right and combined with the same operations as the tree, so every result is the
 * same to the bit as evaluating the tree.
 */
import {
  ExprError,
  parsedExpr,
  roundHalfAway,
  safeCeil,
  safeFloor,
  type ExprNode,
  type ParsedExpr
} from './expr'

/** Values by slot; a hole or an index past the end is a name not defined (yet). */
export type SlotValues = (number | undefined)[]

const enum Op {
  Num,
  Id,
  Neg,
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Ceil,
  Floor,
  Round,
  Min,
  Max
}

const BINARY: Record<'+' | '-' | '*' | '/' | '^', Op> = {
  '+': Op.Add,
  '-': Op.Sub,
  '*': Op.Mul,
  '/': Op.Div,
  '^': Op.Pow
}

interface Program {
  /** Opcodes, each followed by its operand where it has one (constant index, slot, arity). */
  code: number[]
  constants: number[]
  /** Slot → name, for the error on an undefined identifier. */
  names: Map<number, string>
}

export interface CompiledExpr extends ParsedExpr {
  evaluate: (values: SlotValues) => number
}

// One stack for every run: a run never starts another, and none goes deeper than the
// deepest program compiled so far (compile grows it).
let stack = new Float64Array(64)

/** The names of one family of derivations, numbered densely, and its compiled expressions. */
export class SlotTable {
  private readonly slots = new Map<string, number>()
  private readonly programs = new Map<string, CompiledExpr>()

  slotOf(name: string): number {
    let slot = this.slots.get(name)
    if (slot === undefined) {
      slot = this.slots.size
      this.slots.set(name, slot)
    }
    return slot
  }

  compile(source: string): CompiledExpr {
    let hit = this.programs.get(source)
    if (!hit) {
      const parsed = parsedExpr(source)
      const program: Program = { code: [], constants: [], names: new Map() }
      const depth = this.emit(parsed.ast, program, 0)
      if (depth > stack.length) stack = new Float64Array(depth * 2)
      hit = { ...parsed, evaluate: (values) => run(program, values) }
      this.programs.set(source, hit)
    }
    return hit
  }

  /** Appends the node's code; returns the stack height it reaches from `height`. */
  private emit(node: ExprNode, program: Program, height: number): number {
    const code = program.code
    let peak = height + 1
    switch (node.type) {
      case 'num':
        code.push(Op.Num, program.constants.push(node.value) - 1)
        break
      case 'id': {
        const slot = this.slotOf(node.name)
        program.names.set(slot, node.name)
        code.push(Op.Id, slot)
        break
      }
      case 'neg':
        peak = this.emit(node.arg, program, height)
        code.push(Op.Neg)
        break
      case 'bin':
        peak = Math.max(
          this.emit(node.left, program, height),
          this.emit(node.right, program, height + 1)
        )
        code.push(BINARY[node.op])
        break
      case 'call':
        node.args.forEach((arg, i) => (peak = Math.max(peak, this.emit(arg, program, height + i))))
        if (node.fn === 'min' || node.fn === 'max')
          code.push(node.fn === 'min' ? Op.Min : Op.Max, node.args.length)
        else code.push(node.fn === 'ceil' ? Op.Ceil : node.fn === 'floor' ? Op.Floor : Op.Round)
        break
    }
    return peak
  }
}

function run({ code, constants, names }: Program, values: SlotValues): number {
  const s = stack
  let top = -1
  for (let pc = 0; pc < code.length;) {
    switch (code[pc++]) {
      case Op.Num:
        s[++top] = constants[code[pc++]]
        break
      case Op.Id: {
        const slot = code[pc++]
        const value = values[slot]
        if (value === undefined) throw new ExprError(`unknown identifier "${names.get(slot)}"`)
        s[++top] = value
        break
      }
      case Op.Neg:
        s[top] = -s[top]
        break
      case Op.Add:
        s[top - 1] = s[top - 1] + s[top]
        top--
        break
      case Op.Sub:
        s[top - 1] = s[top - 1] - s[top]
        top--
        break
      case Op.Mul:
        s[top - 1] = s[top - 1] * s[top]
        top--
        break
      case Op.Div:
        s[top - 1] = s[top - 1] / s[top]
        top--
        break
      case Op.Pow:
        s[top - 1] = s[top - 1] ** s[top]
        top--
        break
      case Op.Ceil:
        s[top] = safeCeil(s[top])
        break
      case Op.Floor:
        s[top] = safeFloor(s[top])
        break
      case Op.Round:
        s[top] = roundHalfAway(s[top])
        break
      case Op.Min:
      case Op.Max: {
        const min = code[pc - 1] === Op.Min
        const count = code[pc++]
        top -= count - 1
        let best = s[top]
        for (let i = 1; i < count; i++)
          best = min ? Math.min(best, s[top + i]) : Math.max(best, s[top + i])
        s[top] = best
        break
      }
    }
  }
  return s[0]
}

/** Slots for derivations of no family of their own (the cluster sizing) and evaluateExpr. */
export const SHARED_SLOTS = new SlotTable()

/** Evaluates `expr` with identifiers taken from `scope`. Throws ExprError on bad input. */
export function evaluateExpr(expr: string, scope: Readonly<Record<string, number>>): number {
  const compiled = SHARED_SLOTS.compile(expr)
  const values: SlotValues = []
  for (const name of compiled.identifiers)
    if (Object.hasOwn(scope, name)) values[SHARED_SLOTS.slotOf(name)] = scope[name]
  return compiled.evaluate(values)
}
