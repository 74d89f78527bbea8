/** lib/paths.ts: the core's JSON paths (`workloads[1].target.inputTokens`) read and written. */
import { describe, expect, it } from 'vitest'
import { formatPath, getAt, numberAt, parsePath, setAt } from '@renderer/lib/paths'

describe('parsePath and formatPath', () => {
  it('reads consecutive indices and a leading index', () => {
    expect(parsePath('a[0][2].b')).toEqual(['a', 0, 2, 'b'])
    expect(parsePath('[3].x')).toEqual([3, 'x'])
    expect(parsePath('')).toEqual([])
  })

  it('writes a path back the way the core reports it (round trip)', () => {
    for (const path of ['workloads[1].target.inputTokens', 'a[0][2].b', 'settings.pue', 'x'])
      expect(formatPath(parsePath(path))).toBe(path)
    expect(formatPath([])).toBe('')
    expect(formatPath([0, 'name'])).toBe('[0].name')
  })
})

describe('getAt and numberAt', () => {
  const doc = { workloads: [{ id: 'a', target: { rps: 2, label: '2' } }], n: null }

  it('returns undefined instead of throwing through a missing or primitive node', () => {
    expect(getAt(doc, 'workloads[5].target.rps')).toBeUndefined()
    expect(getAt(doc, 'workloads[0].id.length')).toBeUndefined()
    expect(getAt(doc, 'n.anything')).toBeUndefined()
    expect(getAt(doc, ['workloads', 0, 'target', 'rps'])).toBe(2)
    expect(getAt(doc, [])).toBe(doc)
  })

  it('gives only numbers: a numeric string or an object is no figure', () => {
    expect(numberAt(doc, 'workloads[0].target.rps')).toBe(2)
    expect(numberAt(doc, 'workloads[0].target.label')).toBeUndefined()
    expect(numberAt(doc, 'workloads[0].target')).toBeUndefined()
    expect(numberAt(doc, 'nowhere')).toBeUndefined()
  })
})

describe('setAt', () => {
  it('creates the objects on the way, replacing a primitive in the way', () => {
    const doc: Record<string, unknown> = { settings: 3 }
    setAt(doc, 'settings.power.pue', 1.3)
    expect(doc).toEqual({ settings: { power: { pue: 1.3 } } })
  })

  it('clearing a value that is not there creates nothing', () => {
    const doc: Record<string, unknown> = { a: 1 }
    setAt(doc, 'target.deep.value', undefined)
    expect(doc).toEqual({ a: 1 })
  })

  it('removes every group the deletion empties, up to the first one still holding data', () => {
    const doc = { a: { keep: 1, b: { c: { d: 5 } } } }
    setAt(doc, 'a.b.c.d', undefined)
    expect(doc).toEqual({ a: { keep: 1 } })
  })

  it('never removes an array element or an empty array, only the emptied object inside', () => {
    const doc = { workloads: [{ target: { rps: 1 } }], tags: [] as string[] }
    setAt(doc, 'workloads[0].target.rps', undefined)
    expect(doc.workloads).toEqual([{}])
    expect(doc.workloads).toHaveLength(1)
    expect(doc.tags).toEqual([])
  })

  it('accepts segments as well as a string, and writes into arrays by index', () => {
    const doc = { list: [1, 2, 3] }
    setAt(doc, ['list', 1], 20)
    expect(doc.list).toEqual([1, 20, 3])
  })
})
