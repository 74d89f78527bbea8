/** Paths the user chose: only those may be read or written by the renderer. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PathGrants } from '../../../src/main/desktop/path-grants'

describe('PathGrants', () => {
  it('nothing is granted at first; a granted path is, others are not', () => {
    const grants = new PathGrants('linux')
    expect(grants.has('/home/u/a.cplan')).toBe(false)
    grants.grant('/home/u/a.cplan')
    expect(grants.has('/home/u/a.cplan')).toBe(true)
    expect(grants.has('/home/u/b.cplan')).toBe(false)
    expect(grants.has('/home/u')).toBe(false)
  })

  it('the same file spelled differently (relative, dot segments) is the same grant', () => {
    const grants = new PathGrants('linux')
    grants.grant(join(process.cwd(), 'plans', 'a.cplan'))
    expect(grants.has('plans/a.cplan')).toBe(true)
    expect(grants.has('./plans/../plans/a.cplan')).toBe(true)
    // A traversal out of the granted folder is another file.
    expect(grants.has('plans/../a.cplan')).toBe(false)
  })

  it('case matters on Linux only (case-insensitive file systems elsewhere)', () => {
    const linux = new PathGrants('linux')
    linux.grant('/tmp/Plan.cplan')
    expect(linux.has('/tmp/plan.cplan')).toBe(false)
    for (const platform of ['darwin', 'win32']) {
      const grants = new PathGrants(platform)
      grants.grant('/tmp/Plan.cplan')
      expect(grants.has('/tmp/PLAN.CPLAN'), platform).toBe(true)
    }
  })
})
