/**
 * services/files/atomic-write.ts, by itself: what a save does when the file system refuses a
 * step (a rename held by an indexer, a folder without hard links, a rename that never
 * succeeds), which permissions the new file keeps, and which stray files a later save removes.
 * The kill-at-every-step proof is tests/main/document/crash-safety.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { promises as nodeFs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_SUFFIX,
  removeStaleTemps,
  SAVE_STEPS,
  tempPrefixFor,
  writeFileAtomic,
  type AtomicFs,
  type SaveStep
} from '../../../src/main/services/files/atomic-write'

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'atomic-write-'))
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code })
}

/** Node's file operations with some of them replaced. */
function fsWith(overrides: Partial<AtomicFs>): AtomicFs {
  return { ...(nodeFs as unknown as AtomicFs), ...overrides }
}

describe('writeFileAtomic', () => {
  it('writes a first version with no backup left behind, and goes through every step in order', async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    const steps: SaveStep[] = []
    await writeFileAtomic(target, 'first', { onStep: (step) => void steps.push(step) })
    expect(readFileSync(target, 'utf8')).toBe('first')
    expect(readdirSync(dir)).toEqual(['plan.json'])
    expect(steps).toEqual([...SAVE_STEPS])
  })

  it("keeps the previous file's permissions", async () => {
    const dir = folder()
    const target = join(dir, 'settings.json')
    writeFileSync(target, 'old', { mode: 0o600 })
    await nodeFs.chmod(target, 0o600)
    await writeFileAtomic(target, 'new')
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(readFileSync(target, 'utf8')).toBe('new')
  })

  it('retries a rename the target is briefly held for (EBUSY), then succeeds', async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    writeFileSync(target, 'old')
    let refusals = 2
    const fs = fsWith({
      rename: async (from, to) => {
        if (refusals-- > 0) throw errno('EBUSY')
        await nodeFs.rename(from, to)
      }
    })
    await writeFileAtomic(target, 'new', { fs })
    expect(refusals).toBe(-1)
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['plan.json'])
  })

  it('a rename that is always refused leaves the old file, its backup and no temporary file', async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    writeFileSync(target, 'old')
    const fs = fsWith({
      rename: async () => {
        throw errno('EACCES')
      }
    })
    await expect(writeFileAtomic(target, 'new', { fs })).rejects.toMatchObject({ code: 'EACCES' })
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir).sort()).toEqual(['plan.json', `plan.json${BACKUP_SUFFIX}`])
    expect(readFileSync(target + BACKUP_SUFFIX, 'utf8')).toBe('old')
  })

  it('an error other than a held file is not retried', async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    let calls = 0
    const fs = fsWith({
      rename: async () => {
        calls++
        throw errno('EXDEV')
      }
    })
    await expect(writeFileAtomic(target, 'x', { fs })).rejects.toMatchObject({ code: 'EXDEV' })
    expect(calls).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('copies the backup where the folder has no hard links, and still replaces the file', async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    writeFileSync(target, 'old')
    const copies: string[] = []
    let backupWhileRenaming = ''
    const fs = fsWith({
      link: async () => {
        throw errno('EPERM')
      },
      copyFile: async (from, to) => {
        copies.push(to)
        await nodeFs.copyFile(from, to)
      },
      rename: async (from, to) => {
        backupWhileRenaming = readFileSync(target + BACKUP_SUFFIX, 'utf8')
        await nodeFs.rename(from, to)
      }
    })
    await writeFileAtomic(target, 'new', { fs })
    expect(copies).toEqual([target + BACKUP_SUFFIX])
    expect(backupWhileRenaming).toBe('old')
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['plan.json'])
  })

  it('keeps no backup when asked not to', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    let linked = false
    const fs = fsWith({
      link: async (existing, alias) => {
        linked = true
        await nodeFs.link(existing, alias)
      }
    })
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]), { fs, keepBackup: false })
    expect(linked).toBe(false)
    expect([...readFileSync(target)]).toEqual([1, 2, 3])
  })
})

describe('removeStaleTemps', () => {
  it("removes only this target's leftover temporary files", async () => {
    const dir = folder()
    const target = join(dir, 'plan.json')
    const own = `${tempPrefixFor(target)}abc123.tmp`
    const other = `${tempPrefixFor(join(dir, 'other.json'))}abc123.tmp`
    for (const name of ['plan.json', own, other, `${tempPrefixFor(target)}notes.txt`])
      writeFileSync(join(dir, name), 'x')
    await removeStaleTemps(target)
    expect(readdirSync(dir).sort()).toEqual(
      ['plan.json', other, `${tempPrefixFor(target)}notes.txt`].sort()
    )
  })

  it('says nothing when the folder is gone', async () => {
    await expect(removeStaleTemps(join(folder(), 'missing', 'plan.json'))).resolves.toBeUndefined()
  })
})
