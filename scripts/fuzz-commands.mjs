#!/usr/bin/env node
/**
 * `npm run fuzz:commands [-- --seeds N] [--first N] [--steps N]`: the store-level command test
 * (tests/renderer/plan-commands.test.ts) over many more seeded sequences than the normal run
 * (default 500 seeds × 60 commands, starting at a seed from the clock). A failure names its
 * seed; re-run it with `--first <seed> --seeds 1`.
 */
import { spawnSync } from 'node:child_process'

function argument(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) ? value : fallback
}

const first = argument('first', Date.now() % 1_000_000)
const seeds = argument('seeds', 500)
const steps = argument('steps', 60)
console.log(`command fuzz: seeds ${first}…${first + seeds - 1}, ${steps} commands each`)
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'renderer', 'tests/renderer/plan-commands.test.ts'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      COMMAND_FUZZ_FIRST_SEED: String(first),
      COMMAND_FUZZ_SEEDS: String(seeds),
      COMMAND_FUZZ_STEPS: String(steps)
    }
  }
)
process.exit(run.status ?? 1)
