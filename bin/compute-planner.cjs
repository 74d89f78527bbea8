#!/usr/bin/env node
// The CLI is built with the app (`npm run build`) into out/main/cli.js.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const entry = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(entry)) {
  process.stderr.write('compute-planner: not built yet. Run `npm run build` first.\n')
  process.exit(1)
}
require(entry)
