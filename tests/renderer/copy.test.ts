/** lib/copy.ts: plainCopy, a deep copy of JSON data that also takes Vue reactive proxies. */
import { describe, expect, it } from 'vitest'
import { isProxy, isReactive, reactive, ref } from 'vue'
import { plainCopy } from '@renderer/lib/copy'

describe('plainCopy', () => {
  it('copies a reactive proxy (which structuredClone refuses) into plain, unshared data', () => {
    const plan = reactive({ name: 'Lab', workloads: [{ id: 'w', parallel: { tensor: 4 } }] })
    expect(() => structuredClone(plan)).toThrow()
    const copy = plainCopy(plan)
    expect(copy).toEqual({ name: 'Lab', workloads: [{ id: 'w', parallel: { tensor: 4 } }] })
    expect(isProxy(copy)).toBe(false)
    expect(isReactive(copy.workloads)).toBe(false)
    // Deep: changing the copy leaves the source as it was, at every level.
    copy.workloads[0].parallel.tensor = 8
    copy.workloads.push({ id: 'x', parallel: { tensor: 1 } })
    expect(plan.workloads).toHaveLength(1)
    expect(plan.workloads[0].parallel.tensor).toBe(4)
  })

  it('copies the value of a ref as it is at the time of the copy', () => {
    const list = ref([1, 2, 3])
    const copy = plainCopy(list.value)
    list.value.push(4)
    expect(copy).toEqual([1, 2, 3])
  })

  it('keeps undefined as undefined, and JSON primitives as they are', () => {
    expect(plainCopy(undefined)).toBeUndefined()
    expect(plainCopy(null)).toBeNull()
    expect(plainCopy(0)).toBe(0)
    expect(plainCopy('text')).toBe('text')
    expect(plainCopy(false)).toBe(false)
  })

  it('drops what JSON cannot hold: undefined members go, as in a saved file', () => {
    const copy = plainCopy({ a: 1, b: undefined as number | undefined })
    expect(copy).toEqual({ a: 1 })
    expect('b' in copy).toBe(false)
  })
})
