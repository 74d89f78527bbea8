/**
 * Files the OS asks us to open — on the command line, by double-click (macOS `open-file`,
 * or argv of a second instance on Windows/Linux), by a real drop on the window, or from the
 * Recent menu. They wait here until the renderer takes them: the renderer owns the plan,
 * asks about unsaved changes, and may not be loaded yet when the OS asks (macOS sends
 * `open-file` before the app is ready).
 */
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
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

/** Most files taken from one drop (a drop of a whole folder's contents is not an open request). */
export const MAX_DROPPED_FILES = 16

/**
 * The paths of a drop as the preload sent them: absolute paths of files we open, at most
 * MAX_DROPPED_FILES; anything malformed is dropped silently (it did not come from a drop).
 */
export function droppedPaths(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .slice(0, MAX_DROPPED_FILES)
    .filter(
      (path): path is string =>
        typeof path === 'string' &&
        path.length > 0 &&
        path.length < 4096 &&
        !path.includes('\0') &&
        isAbsolute(path) &&
        kindOfPath(path) !== null
    )
}
