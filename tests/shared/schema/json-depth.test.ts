/**
 * schema/json-depth.ts: a plan nested deeper than any real one is refused by the path of its
 * first too-deep container, measured without recursion (a recursive walk of the same value
 * would overflow the stack before it could say where).
 */
import { describe, expect, it } from 'vitest'
import { findTooDeep, MAX_JSON_DEPTH } from '../../../src/shared/schema/json-depth'

/** An object `depth` levels deep: { a: { a: … { a: 1 } } } counts the top object as level 1. */
function nested(depth: number, key = 'a'): unknown {
  let value: unknown = 1
  for (let level = 0; level < depth; level++) value = { [key]: value }
  return value
}

describe('findTooDeep', () => {
  it('accepts scalars, null and a value exactly at the limit', () => {
    for (const scalar of [null, 0, 'text', true]) expect(findTooDeep(scalar)).toBeNull()
    expect(findTooDeep(nested(MAX_JSON_DEPTH))).toBeNull()
    expect(findTooDeep(nested(3), 3)).toBeNull()
  })

  it('names the first container one level past the limit', () => {
    expect(findTooDeep(nested(4), 3)).toBe('a.a.a')
    expect(findTooDeep(nested(MAX_JSON_DEPTH + 1))).not.toBeNull()
  })

  it('follows array indices and keys, and reports the first offender in document order', () => {
    const plan = {
      name: 'p',
      workloads: [{ id: 'shallow' }, { id: 'deep', x: [[[1]]] }, { id: 'also', y: [[[2]]] }]
    }
    // document(1) → workloads(2) → [1](3) → x(4) → x[0](5) → x[0][0](6); [2].y[0][0] is
    // as deep but comes later.
    expect(findTooDeep(plan, 5)).toBe('workloads[1].x[0][0]')
    expect(findTooDeep(plan, 6)).toBeNull()
  })

  it('names the document itself when even the top is too deep', () => {
    expect(findTooDeep({ a: 1 }, 0)).toBe('(document)')
  })

  it('measures a value far deeper than the call stack allows, without overflowing', () => {
    expect(findTooDeep(nested(100_000))).toBe(Array(MAX_JSON_DEPTH).fill('a').join('.'))
  })
})
