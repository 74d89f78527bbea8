/**
 * The web host comes back where it was. The browser keeps the autosave in localStorage,
 * which belongs to one origin (`http://127.0.0.1:<port>`), and the open tab keeps its token
 * for the session. A restart on a new port with a new token would strand both: the tab could
 * no longer save and the recovery copy would sit under an origin nobody opens again.
 *
 * So the port and token of the last run are kept in `<userData>/web-host.json` (mode 0600:
 * the token is the only thing between other local pages and the API) and reused. When that
 * port is taken by something else, a free one is chosen and remembered instead; the
 * recovery copy is then reachable again by starting the host once the port is free.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../services/files/atomic-write'
import { startWebHost, type WebHost, type WebHostOptions } from './host'

export const WEB_HOST_STATE_FILE = 'web-host.json'

interface RememberedState {
  port: number
  token: string
}

/** The token alphabet of `randomBytes(…).toString('base64url')`, at the host's length or more. */
const TOKEN_PATTERN = /^[\w-]{32,128}$/

async function readState(path: string): Promise<Partial<RememberedState>> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'))
    if (typeof value !== 'object' || value === null) return {}
    const { port, token } = value as Record<string, unknown>
    return {
      ...(Number.isInteger(port) && (port as number) > 1024 && (port as number) < 65536
        ? { port: port as number }
        : {}),
      ...(typeof token === 'string' && TOKEN_PATTERN.test(token) ? { token } : {})
    }
  } catch {
    // Missing or damaged: start afresh (nothing in it is worth a refusal to start).
    return {}
  }
}

function isAddressInUse(error: unknown): boolean {
  return (
    error instanceof Error &&
    ['EADDRINUSE', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')
  )
}

export interface RememberedWebHostOptions extends WebHostOptions {
  /** Where `web-host.json` is kept (the host's user-data folder). */
  userDataDir: string
}

/**
 * Starts the host on the remembered port and token (an explicit `port` or `token` wins) and
 * remembers what it got.
 */
export async function startRememberedWebHost(options: RememberedWebHostOptions): Promise<WebHost> {
  const statePath = join(options.userDataDir, WEB_HOST_STATE_FILE)
  const remembered = await readState(statePath)
  const token = options.token ?? remembered.token ?? randomBytes(24).toString('base64url')
  const wanted = options.port || remembered.port || 0
  let host: WebHost
  try {
    host = await startWebHost({ ...options, port: wanted, token })
  } catch (error) {
    if (wanted === 0 || options.port || !isAddressInUse(error)) throw error
    host = await startWebHost({ ...options, port: 0, token })
  }
  if (host.port !== remembered.port || host.token !== remembered.token) {
    const state: RememberedState = { port: host.port, token: host.token }
    await writeFileAtomic(statePath, `${JSON.stringify(state)}\n`, {
      keepBackup: false,
      mode: 0o600
    })
  }
  return host
}
