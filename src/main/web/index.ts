/**
 * `npm run web`: the real app in a browser, for machines without the Electron binary.
 * Serves out/renderer and the same services the desktop app uses.
 */
import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createHandlers } from '../services/handlers'
import { startRememberedWebHost } from './remembered'

function parsePort(argv: string[]): number {
  const index = argv.indexOf('--port')
  const value = index >= 0 ? Number(argv[index + 1]) : 0
  return Number.isInteger(value) && value >= 0 && value < 65536 ? value : 0
}

async function main(): Promise<void> {
  const userDataDir =
    process.env.COMPUTE_PLANNER_USER_DATA ?? join(homedir(), '.compute-planner', 'web')
  mkdirSync(userDataDir, { recursive: true })
  // Same port and token as the last run, so an open tab and its autosave survive a restart.
  const host = await startRememberedWebHost({
    userDataDir,
    rendererDir: join(__dirname, '../renderer'),
    handlers: createHandlers({ platform: process.platform, userDataDir }),
    port: parsePort(process.argv.slice(2)),
    token: process.env.COMPUTE_PLANNER_TOKEN
  })
  process.stdout.write(`Compute Planner web host: ${host.url}\n`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the web host: ${String(error)}\n`)
  process.exit(1)
})
