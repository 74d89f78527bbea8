/**
 * The CLI's input/output captured in memory, reading real files: every CLI test drives
 * `runCli` through this instead of spawning a process, so a failure shows the exact output.
 */
import { readFile } from 'node:fs/promises'
import type { CliIO } from '../../src/main/cli/run'

export type CapturedCliIO = CliIO & { stdout: string; stderr: string }

export function captureCliIO(): CapturedCliIO {
  const io: CapturedCliIO = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    readFile: (path: string) => readFile(path, 'utf8'),
    readBytes: (path: string) => readFile(path)
  }
  return io
}
