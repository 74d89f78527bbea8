import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatJsonPath, issuesFromZod } from '../../../src/shared/schema/issues'

describe('formatJsonPath', () => {
  it('dots between names, brackets around indexes, nothing for the root', () => {
    expect(formatJsonPath(['workloads', 1, 'tokens'])).toBe('workloads[1].tokens')
    expect(formatJsonPath([0, 'name'])).toBe('[0].name')
    expect(formatJsonPath([0, 1])).toBe('[0][1]')
    expect(formatJsonPath(['a', 'b', 2, 3, 'c'])).toBe('a.b[2][3].c')
    expect(formatJsonPath([])).toBe('')
  })

  it('a numeric-looking key of an object stays a name', () => {
    expect(formatJsonPath(['serverByAccelerator', '0'])).toBe('serverByAccelerator.0')
  })
})

describe('issuesFromZod', () => {
  it('each zod issue becomes a located issue; the root is named (root)', () => {
    const schema = z.object({ items: z.array(z.object({ n: z.number() })) })
    const result = schema.safeParse({ items: [{ n: 1 }, { n: 'two' }] })
    expect(result.success).toBe(false)
    const issues = issuesFromZod(result.error!)
    expect(issues).toHaveLength(1)
    expect(issues[0].path).toBe('items[1].n')
    expect(issues[0].message).toEqual(expect.any(String))
    const root = z.number().safeParse('x')
    expect(issuesFromZod(root.error!)[0].path).toBe('(root)')
  })
})
