#!/usr/bin/env node
/** `npm run web`: build the app if needed, then start the local web host and print its URL. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const rebuild = process.argv.includes('--rebuild')
const args = process.argv.slice(2).filter((arg) => arg !== '--rebuild')
if (rebuild || !existsSync('out/main/web.js') || !existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const host = spawnSync(process.execPath, ['out/main/web.js', ...args], { stdio: 'inherit' })
process.exit(host.status ?? 0)
