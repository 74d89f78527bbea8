/**
 * One scratch folder per test run, removed when the run ends. Tests and the processes they
 * start (web hosts, CLI runs, Chromium) make their temporary folders with `os.tmpdir()`;
 * pointing TMPDIR at this folder for the run means none of them outlives it, whether or not
 * each test remembers to clean up (before this, every run left dozens of `quote-write-*`,
 * `cli-lang-*` and `cp-e2e-*` folders in /tmp). Used as vitest's and Playwright's global setup.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SCRATCH_ENV = 'COMPUTE_PLANNER_TEST_SCRATCH'
const VARIABLES = ['TMPDIR', 'TEMP', 'TMP', SCRATCH_ENV] as const

export interface ScratchTmpdir {
  dir: string
  /** Removes the folder and everything in it, and gives TMPDIR back its value before. */
  remove: () => void
}

export function createScratchTmpdir(base: string = tmpdir()): ScratchTmpdir {
  const dir = mkdtempSync(join(base, 'cp-test-run-'))
  // os.tmpdir() reads TMPDIR on every call (TEMP/TMP on Windows), and child processes and
  // test workers started after this inherit it.
  const previous = VARIABLES.map((name) => [name, process.env[name]] as const)
  for (const name of VARIABLES) process.env[name] = dir
  return {
    dir,
    remove: () => {
      for (const [name, value] of previous) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Global setup for vitest and Playwright: both call the returned function as the teardown. */
export default function setup(): () => void {
  return createScratchTmpdir().remove
}
