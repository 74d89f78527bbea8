/** lib/plain-data.ts: the plain-data copy at the plan store's boundary, and reconcile. */
import { isProxy, reactive } from 'vue'
import { describe, expect, it } from 'vitest'
import { NotPlainDataError, plainData, reconcile } from '@renderer/lib/plain-data'

function refusal(value: unknown): { path: string; found: string } | null {
  try {
    plainData(value)
    return null
  } catch (error) {
    if (error instanceof NotPlainDataError) return { path: error.path, found: error.found }
    throw error
  }
}

describe('plainData', () => {
  it('copies JSON data deeply, reading through reactive proxies', () => {
    const source = reactive({ a: [1, { b: 'x' }], c: { d: null, e: true } })
    const copy = plainData(source)
    expect(copy).toEqual({ a: [1, { b: 'x' }], c: { d: null, e: true } })
    expect(isProxy(copy)).toBe(false)
    expect(isProxy(copy.a)).toBe(false)
    expect(copy.c).not.toBe(source.c)
  })

  it('drops undefined fields, as JSON does', () => {
    expect(plainData({ a: 1, b: undefined })).toEqual({ a: 1 })
    expect(Object.keys(plainData({ a: 1, b: undefined }))).toEqual(['a'])
  })

  it('refuses what is not plain data, naming where it sits', () => {
    expect(refusal({ a: { when: new Date(0) } })).toEqual({ path: 'a.when', found: 'Date' })
    expect(refusal({ list: [1, Number.NaN] })).toEqual({ path: 'list[1]', found: 'NaN' })
    expect(refusal({ f: () => 1 })).toEqual({ path: 'f', found: 'function' })
    expect(refusal({ big: 1n })).toEqual({ path: 'big', found: 'bigint' })
    expect(refusal([1, undefined])).toEqual({ path: '[1]', found: 'undefined' })
    expect(refusal({ m: new Map() })).toEqual({ path: 'm', found: 'Map' })
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(refusal(cyclic)).toEqual({ path: 'self', found: 'cycle' })
  })

  it('accepts the same object twice when it is not a cycle (it is copied twice)', () => {
    const shared = { x: 1 }
    const copy = plainData({ a: shared, b: shared })
    expect(copy).toEqual({ a: { x: 1 }, b: { x: 1 } })
    expect(copy.a).not.toBe(copy.b)
  })
})

describe('reconcile', () => {
  it('writes only what differs: unchanged objects keep their identity', () => {
    const target = reactive({
      keep: { n: 1 },
      change: { n: 1 },
      gone: 1,
      list: [{ a: 1 }, { a: 2 }]
    })
    const keep = target.keep
    const first = target.list[0]
    reconcile(target, { keep: { n: 1 }, change: { n: 2 }, list: [{ a: 1 }], added: 'x' })
    expect(target).toEqual({ keep: { n: 1 }, change: { n: 2 }, list: [{ a: 1 }], added: 'x' })
    expect(target.keep).toBe(keep)
    expect(target.list[0]).toBe(first)
  })

  it('replaces a value whose kind changes (object ↔ array ↔ number)', () => {
    const target: Record<string, unknown> = { a: [1], b: { c: 1 }, d: 3 }
    reconcile(target, { a: { x: 1 }, b: 2, d: [3] })
    expect(target).toEqual({ a: { x: 1 }, b: 2, d: [3] })
  })
})
