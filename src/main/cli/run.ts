/**
 * The `compute-planner` command line: the same core and services as the app, headless.
 * No Electron import anywhere below this file.
 */
import { readFile } from 'node:fs/promises'
import { terminalSafeSink } from './terminal'
import { readAppVersion } from '../services/app/version'
import { runEstimate } from './commands/estimate'
import { runInventory } from './commands/inventory'

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
  readFile: (path: string) => Promise<string>
  readBytes: (path: string) => Promise<Buffer>
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_INVALID_INPUT = 2

export const HELP = `compute-planner — size AI compute from the command line

Usage:
  compute-planner estimate PLAN.cplan [--inventory FILE] [--json] [--quote OUT.xlsx]
                           [--lang zh-CN|en|both]
  compute-planner inventory import FILE [--sheet NAME] [--json]
  compute-planner inventory export OUT.xlsx
  compute-planner --version
  compute-planner --help

Exit codes: 0 success, 1 failure, 2 invalid input (the message names the field or location).
Documentation: docs/cli.md
`

export const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path)
}

export async function runCli(argv: string[], rawIO: CliIO = defaultIO): Promise<number> {
  // Nothing reaches the terminal with control characters in it (names come from files).
  const io = terminalSafeSink(rawIO)
  const [command, ...rest] = argv
  switch (command) {
    case '--version':
    case '-v':
      io.out(`${readAppVersion()}\n`)
      return EXIT_OK
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(HELP)
      return EXIT_OK
    case 'estimate':
      return runEstimate(rest, io)
    case 'inventory':
      return runInventory(rest, io)
    default:
      io.err(`Unknown command: ${command}\n\n${HELP}`)
      return EXIT_INVALID_INPUT
  }
}
