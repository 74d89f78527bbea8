#!/usr/bin/env node
/** `npm run fuzz -- [--seed N] [--count N] [--only I]` (see fuzz/run.ts). */
import { spawnSync } from 'node:child_process'

const run = spawnSync('npx', ['tsx', 'fuzz/run.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' }
})
process.exit(run.status ?? 1)
