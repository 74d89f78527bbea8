/**
 * Turning the report's HTML into PDF bytes. Two engines, one page model (Chromium's):
 * - the desktop app prints with Electron's `webContents.printToPDF` (src/main/desktop);
 * - the web host and the CLI run the system's headless Chromium (`--print-to-pdf`), which
 *   works offline and needs no npm dependency. Found at $CHROMIUM_PATH, else the usual
 *   install paths; without one the export stops with a message saying what to install.
 * The HTML is written to a private temporary folder and loaded from there (no network).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ServiceError } from '@shared/ipc/envelope'
import { translate, type Locale } from '@shared/i18n'

export interface PdfEngine {
  readonly name: string
  print(html: string): Promise<Buffer>
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
]

/** The Chromium executable to print with, or undefined when none is installed. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync
): string | undefined {
  const configured = env.CHROMIUM_PATH
  if (configured !== undefined && configured !== '')
    return exists(configured) ? configured : undefined
  return CANDIDATES.find((path) => exists(path))
}

const PRINT_TIMEOUT_MS = 60_000

/** Headless Chromium as a PDF engine; throws NO_PDF_ENGINE (in the locale's words) without one. */
export function chromiumEngine(locale: Locale, executable = findChromium()): PdfEngine {
  return {
    name: 'chromium',
    async print(html: string): Promise<Buffer> {
      if (executable === undefined)
        throw new ServiceError('NO_PDF_ENGINE', translate(locale, 'compare.report.noEngine'))
      const dir = await mkdtemp(join(tmpdir(), 'compute-planner-report-'))
      try {
        const page = join(dir, 'report.html')
        const out = join(dir, 'report.pdf')
        await writeFile(page, html, 'utf8')
        await run(executable, [
          '--headless',
          '--disable-gpu',
          '--no-sandbox',
          '--no-first-run',
          '--no-default-browser-check',
          '--disable-extensions',
          '--disable-background-networking',
          '--disable-sync',
          '--metrics-recording-only',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${out}`,
          pathToFileURL(page).href
        ])
        if (!existsSync(out)) throw new Error('Chromium wrote no PDF')
        return await readFile(out)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }
  }
}

function run(executable: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8')
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), PRINT_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`Chromium exited with ${String(code)}: ${stderr.slice(-500)}`))
    })
  })
}
