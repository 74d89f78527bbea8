import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { chromiumEngine, findChromium } from '../../../../src/main/services/report/pdf-engine'

const dir = mkdtempSync(join(tmpdir(), 'cp-pdf-engine-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The stand-in for Chromium is a shell script. */
const POSIX = process.platform !== 'win32'

/** A stand-in for Chromium: a shell script run with Chromium's arguments. */
function fakeChromium(name: string, body: string): string {
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

/**
 * Copies the page it was given (the file URL, last argument) to the --print-to-pdf path, and
 * notes the page's path beside the script.
 */
const COPY_PAGE = `for arg; do case "$arg" in --print-to-pdf=*) out="\${arg#--print-to-pdf=}";; esac; done
page="$(eval echo \\\${$#})"; page="\${page#file://}"; cp "$page" "$out"; echo "$page" > "${join(dir, 'page-path')}"`

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists, and then looks nowhere else', () => {
    const exists = (path: string) => path === '/opt/chrome' || path === '/usr/bin/chromium'
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome')
    expect(findChromium({ CHROMIUM_PATH: '/missing/chrome' }, exists)).toBeUndefined()
  })

  it('otherwise finds the first usual install path, or none', () => {
    const seen: string[] = []
    const exists = (path: string) => {
      seen.push(path)
      return path === '/usr/bin/google-chrome'
    }
    expect(findChromium({ CHROMIUM_PATH: '' }, exists)).toBe('/usr/bin/google-chrome')
    expect(seen.slice(0, 3)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome'
    ])
    expect(findChromium({}, () => false)).toBeUndefined()
  })
})

describe('chromiumEngine', () => {
  it('says in the user’s language that a PDF needs Chromium when there is none', async () => {
    // A configured path that does not exist: no engine (the usual paths are not tried).
    vi.stubEnv('CHROMIUM_PATH', join(dir, 'no-chromium'))
    try {
      const engine = chromiumEngine('en')
      expect(engine.name).toBe('chromium')
      await expect(engine.print('<p>x</p>')).rejects.toMatchObject({ code: 'NO_PDF_ENGINE' })
      await expect(chromiumEngine('zh-CN').print('<p>x</p>')).rejects.toThrow(/[\u4e00-\u9fff]/)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it.runIf(POSIX)(
    'prints the page from a private temporary folder and removes it afterwards',
    async () => {
      const engine = chromiumEngine('en', fakeChromium('copy.sh', COPY_PAGE))
      const bytes = await engine.print('<h1>报告 & report</h1>')
      expect(bytes.toString('utf8')).toBe('<h1>报告 & report</h1>')
      const page = readFileSync(join(dir, 'page-path'), 'utf8').trim()
      expect(page.startsWith(join(tmpdir(), 'compute-planner-report-'))).toBe(true)
      expect(existsSync(dirname(page))).toBe(false)
    }
  )

  it.runIf(POSIX)('fails with Chromium’s own words when it exits with an error', async () => {
    const engine = chromiumEngine(
      'en',
      fakeChromium('fail.sh', 'echo "sandbox trouble" >&2; exit 3')
    )
    await expect(engine.print('<p/>')).rejects.toThrow('Chromium exited with 3: sandbox trouble')
  })

  it.runIf(POSIX)(
    'fails when Chromium succeeds without writing a PDF, or cannot be started',
    async () => {
      await expect(
        chromiumEngine('en', fakeChromium('quiet.sh', 'exit 0')).print('<p/>')
      ).rejects.toThrow('Chromium wrote no PDF')
      const missing = join(dir, 'not-there')
      expect(existsSync(missing)).toBe(false)
      await expect(chromiumEngine('en', missing).print('<p/>')).rejects.toThrow(/ENOENT/)
    }
  )
})
