/**
 * Files the OS asks us to open — on the command line, by double-click (macOS `open-file`,
 * or argv of a second instance on Windows/Linux), by a drop on the window, or from the
 * Recent menu. They wait here until the renderer takes them: the renderer owns the plan,
 * asks about unsaved changes, and may not be loaded yet when the OS asks (macOS sends
 * `open-file` before the app is ready).
 */
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OpenRequest } from '@shared/ipc/contracts/document'
import { kindOfPath } from './file-kinds'

export class OpenRequestQueue {
  private pending: OpenRequest[] = []

  /** @param notify tells the renderer there is something to take (no-op until a window exists). */
  constructor(private readonly notify: () => void) {}

  /** Queues a path if it is a file kind we open; answers whether it was queued. */
  push(path: string): boolean {
    const kind = kindOfPath(path)
    if (!kind) return false
    if (!this.pending.some((request) => request.path === path)) this.pending.push({ kind, path })
    this.notify()
    return true
  }

  take(): OpenRequest[] {
    const taken = this.pending
    this.pending = []
    return taken
  }

  get size(): number {
    return this.pending.length
  }
}

/**
 * Document paths in a command line. Skips the executable, switches (`--flag`, also ones
 * Chromium adds on a second instance) and the app folder in development (`electron .`);
 * relative paths are resolved against the caller's working directory.
 */
export function documentPathsFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  fileExists: (path: string) => boolean = existsSync
): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && kindOfPath(arg) !== null)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)))
    .filter((path) => fileExists(path))
}

/** A file dropped on the window arrives as a navigation to its file:// URL; null for anything else. */
export function droppedFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null
  try {
    return fileURLToPath(url)
  } catch {
    return null
  }
}
