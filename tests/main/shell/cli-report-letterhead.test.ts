/**
 * `estimate --report` takes company and author from the app's settings (issue 14), with the
 * environment variables as overrides only. Each test has its own user-data folder.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { reportLetterhead } from '../../../src/main/cli/commands/report-option'

const folders: string[] = []
function userData(settings?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-cli-letterhead-'))
  folders.push(dir)
  if (settings !== undefined) writeFileSync(join(dir, 'settings.json'), settings)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('report letterhead', () => {
  it('comes from settings.json', async () => {
    const dir = userData(
      JSON.stringify({ version: 1, companyName: '某某数据', authorName: 'Li Wei' })
    )
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir })).toEqual({
      company: '某某数据',
      author: 'Li Wei'
    })
  })

  it('environment variables override settings', async () => {
    const dir = userData(JSON.stringify({ version: 1, companyName: 'Acme', authorName: 'Ann' }))
    expect(
      await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir, COMPUTE_PLANNER_AUTHOR: 'Bob' })
    ).toEqual({ company: 'Acme', author: 'Bob' })
  })

  it('a damaged or missing settings file gives no letterhead and is left where it is', async () => {
    const dir = userData('{"companyName": ')
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: dir })).toEqual({})
    expect(readdirSync(dir)).toEqual(['settings.json'])
    expect(await reportLetterhead({ COMPUTE_PLANNER_USER_DATA: userData() })).toEqual({})
  })
})
