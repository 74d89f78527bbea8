/**
 * Starts the real local web host (the built app: `out/main/web.js`) on a free loopback port
 * with a throw-away user-data folder, and hands its URL and token to the specs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface RunningHost {
  /** The URL printed by the host, token included. */
  url: string
  origin: string
  token: string
  userDataDir: string
  stop(): Promise<void>
}

const ROOT = resolve(__dirname, '..', '..')

export async function startHost(): Promise<RunningHost> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cp-e2e-'))
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js')], {
    env: { ...process.env, COMPUTE_PLANNER_USER_DATA: userDataDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) resolveUrl(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${output}`)))
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    userDataDir,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(userDataDir, { recursive: true, force: true })
          done()
        })
        child.kill('SIGTERM')
      })
  }
}
