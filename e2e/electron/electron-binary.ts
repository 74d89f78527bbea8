/**
 * Finds a runnable Electron binary without triggering the npm package's lazy download on
 * machines that cannot reach the download host. On a laptop with internet the download is
 * attempted once (bounded), exactly as `npm start` would.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const PACKAGE_DIR = resolve(__dirname, '..', '..', 'node_modules', 'electron')

function installedBinary(): string | null {
  const pathFile = join(PACKAGE_DIR, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const candidate = override ? join(override, relative) : join(PACKAGE_DIR, 'dist', relative)
  return existsSync(candidate) ? candidate : null
}

export function findElectronBinary(): { path: string } | { reason: string } {
  const found = installedBinary()
  if (found) return { path: found }
  const attempt = spawnSync(process.execPath, [join(PACKAGE_DIR, 'install.js')], {
    timeout: 120_000,
    encoding: 'utf8'
  })
  const downloaded = installedBinary()
  if (downloaded) return { path: downloaded }
  const why = (attempt.stderr || attempt.stdout || String(attempt.error ?? ''))
    .trim()
    .split('\n')
    .pop()
  return {
    reason: `no Electron binary on this machine and the download failed (${why ?? 'unknown'})`
  }
}
