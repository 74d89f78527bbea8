/**
 * Writing is atomic and failures are clear: the old file survives any failure, a locked
 * file (as Excel holds it on Windows) is reported as such, no temporary file is left behind.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '@shared/ipc/envelope'
import { writeExport, type AtomicFs } from '../../../src/main/services/quote/write-export'
import { writeQuoteFile } from '../../../src/main/services/quote/export-quote'
import { trainingAndServing } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const folder = () => mkdtempSync(join(tmpdir(), 'quote-write-'))
const real: AtomicFs = fs

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError)
    return error as ServiceError
  }
  throw new Error('expected a failure')
}

/** Node's fs with one operation failing as the OS would. */
function failing(
  op: 'open' | 'rename',
  code: string,
  when: (path: string, flags?: string) => boolean
): AtomicFs {
  const error = () => Object.assign(new Error(`${code}: simulated`), { code })
  return {
    ...real,
    open: (path, flags, mode) =>
      op === 'open' && when(path, flags) ? Promise.reject(error()) : real.open(path, flags, mode),
    rename: (from, to) =>
      op === 'rename' && when(to) ? Promise.reject(error()) : real.rename(from, to)
  }
}

describe('writeExport', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    await writeExport(target, Buffer.from('new'))
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['quote.xlsx'])
  })

  it('a file another program holds open: clear message, old file intact', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    const locked = failing('open', 'EBUSY', (path, flags) => path === target && flags === 'r+')
    const error = await failure(writeExport(target, Buffer.from('new'), { fs: locked }))
    expect(error.code).toBe('IO_ERROR')
    expect(error.message).toMatch(/open in another program or locked/)
    expect(error.message).toContain(target)
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['quote.xlsx'])
  })

  it('Windows refusing the rename over an open file (EPERM): old file intact, temp removed', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    const error = await failure(
      writeExport(target, Buffer.from('new'), {
        fs: failing('rename', 'EPERM', (to) => to === target),
        locale: 'zh-CN'
      })
    )
    expect(error.message).toMatch(/已在其他程序中打开或被锁定/)
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['quote.xlsx'])
  })

  it('the target is a folder', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    mkdirSync(target)
    const error = await failure(writeExport(target, Buffer.from('new')))
    expect(error.message).toMatch(/a folder has that name/)
    expect(readdirSync(dir)).toEqual(['quote.xlsx'])
  })

  it('the folder does not exist, or is a file', async () => {
    const dir = folder()
    expect(
      (await failure(writeExport(join(dir, 'missing', 'q.xlsx'), Buffer.from('x')))).message
    ).toMatch(/folder does not exist/)
    writeFileSync(join(dir, 'file'), 'x')
    expect(
      (await failure(writeExport(join(dir, 'file', 'q.xlsx'), Buffer.from('x')))).message
    ).toMatch(/folder does not exist/)
  })

  it('no permission to write in the folder', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    const denied = failing('open', 'EACCES', (path, flags) => flags === 'wx')
    const error = await failure(writeExport(target, Buffer.from('new'), { fs: denied }))
    expect(error.message).toMatch(/permission denied/)
    expect(readFileSync(target, 'utf8')).toBe('old')
  })

  it('a full disk while writing: the half-written temporary file is removed', async () => {
    const dir = folder()
    const target = join(dir, 'quote.xlsx')
    writeFileSync(target, 'old')
    const full: AtomicFs = {
      ...real,
      open: async (path, flags, mode) => {
        const handle = await real.open(path, flags, mode)
        if (flags !== 'wx') return handle
        return {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
          },
          chmod: (m) => handle.chmod(m),
          sync: () => handle.sync(),
          close: () => handle.close()
        }
      }
    }
    const error = await failure(writeExport(target, Buffer.from('new'), { fs: full }))
    expect(error.message).toMatch(/disk is full/)
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['quote.xlsx'])
  })
})

describe('writeQuoteFile', () => {
  it('writes a workbook that opens, or a CSV for a .csv path', async () => {
    const dir = folder()
    const xlsx = join(dir, 'q.xlsx')
    const output = await writeQuoteFile(xlsx, {
      plan: trainingAndServing(),
      locale: 'en',
      options: { date: '2025-01-01' }
    })
    const workbook = await readWorkbook(readFileSync(xlsx))
    expect(workbook.worksheets.length).toBe(5)
    expect(output.totals.grandTotal).toBeGreaterThan(0)
    const csv = join(dir, 'q.csv')
    await writeQuoteFile(csv, { plan: trainingAndServing(), locale: 'en' })
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFF"No\."/)
  })
})
