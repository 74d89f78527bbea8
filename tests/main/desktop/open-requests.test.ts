import { describe, expect, it, vi } from 'vitest'
import {
  documentPathsFromArgv,
  droppedPaths,
  MAX_DROPPED_FILES,
  OpenRequestQueue
} from '../../../src/main/desktop/open-requests'

describe('OpenRequestQueue', () => {
  it('does not tell the renderer about a file it refused', () => {
    const notify = vi.fn()
    const queue = new OpenRequestQueue(notify)
    expect(queue.push('/tmp/setup.exe')).toBe(false)
    expect(queue.push('/tmp/notes')).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    expect(queue.size).toBe(0)
  })

  it('keeps the order of arrival across kinds, and empties on take', () => {
    const queue = new OpenRequestQueue(() => undefined)
    queue.push('/p/b.xlsx')
    queue.push('/p/a.cplan')
    queue.push('/p/b.xlsx')
    expect(queue.take()).toEqual([
      { kind: 'inventory', path: '/p/b.xlsx' },
      { kind: 'plan', path: '/p/a.cplan' }
    ])
    expect(queue.take()).toEqual([])
  })
})

describe('documentPathsFromArgv', () => {
  it('resolves relative paths against the caller’s folder and keeps only existing files', () => {
    const asked: string[] = []
    const exists = (path: string) => {
      asked.push(path)
      return !path.includes('gone')
    }
    expect(
      documentPathsFromArgv(
        ['cp', '../plans/a.cplan', 'gone.csv', 'sub/./b.tsv'],
        '/home/li/work',
        exists
      )
    ).toEqual(['/home/li/plans/a.cplan', '/home/li/work/sub/b.tsv'])
    expect(asked).toEqual([
      '/home/li/plans/a.cplan',
      '/home/li/work/gone.csv',
      '/home/li/work/sub/b.tsv'
    ])
  })

  it('never takes the executable itself, a switch, or a file kind it does not open', () => {
    const exists = () => true
    expect(documentPathsFromArgv(['/opt/cp/plan.cplan'], '/', exists)).toEqual([])
    expect(
      documentPathsFromArgv(['cp', '-psn_0_12345', '--inspect=9229', 'x.pdf'], '/', exists)
    ).toEqual([])
  })
})

describe('droppedPaths', () => {
  it('drops malformed entries silently', () => {
    const long = `/${'a'.repeat(4096)}.cplan`
    expect(
      droppedPaths(['', '/tmp/a\0b.cplan', long, null, { path: '/tmp/x.cplan' }, '/tmp/ok.cplan'])
    ).toEqual(['/tmp/ok.cplan'])
    expect(droppedPaths(undefined)).toEqual([])
    expect(droppedPaths({ 0: '/tmp/a.cplan', length: 1 })).toEqual([])
  })

  it('looks at the first files of a drop only, even when those are refused', () => {
    const refused = Array.from({ length: MAX_DROPPED_FILES }, (_, index) => `/tmp/${index}.txt`)
    expect(droppedPaths([...refused, '/tmp/late.cplan'])).toEqual([])
  })
})
