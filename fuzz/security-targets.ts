/**
 * Verdicts for the web host and the exporters (issue 17). Good outcomes: the host answers
 * a malformed or refused request with a 4xx and closes what it refused, and keeps serving;
 * an export with any text in it is a file our reader opens, holding the sanitised text.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportCellText } from '@shared/export/cell-text'
import { csvField } from '@shared/quote/csv'
import { inventoryWorkbookBuffer } from '../src/main/services/inventory/export-xlsx'
import { importInventory } from '../src/main/services/inventory/import-inventory'
import { createHandlers } from '../src/main/services/handlers'
import { startWebHost, type WebHost } from '../src/main/web/host'
import type { ExportInput, HttpInput } from './inputs/security'
import type { Verdict } from './targets'

let hostPromise: Promise<WebHost> | null = null

/** One host per worker, on 127.0.0.1 only, with a throw-away user-data folder. */
function localHost(): Promise<WebHost> {
  hostPromise ??= (() => {
    const root = mkdtempSync(join(tmpdir(), 'cp-fuzz-host-'))
    mkdirSync(join(root, 'renderer'))
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>fuzz</title>')
    return startWebHost({
      rendererDir: join(root, 'renderer'),
      handlers: createHandlers({ platform: 'linux', userDataDir: join(root, 'user') }),
      logger: { error: () => undefined }
    })
  })()
  return hostPromise
}

interface RawReply {
  status: number
  closed: boolean
}

/**
 * Sends the head (and for a trickle, one byte every 10 ms) and waits for the host to close
 * the connection, up to `closeWithinMs`; `closed` says whether it did.
 */
function exchange(
  host: WebHost,
  head: string,
  body: string,
  trickle: boolean,
  closeWithinMs: number
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(host.port, '127.0.0.1')
    let text = ''
    let interval: ReturnType<typeof setInterval> | undefined
    const finish = (closed: boolean) => {
      clearInterval(interval)
      clearTimeout(deadline)
      socket.destroy()
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), closed })
    }
    const deadline = setTimeout(() => finish(false), closeWithinMs)
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1')
      // A complete answer to a request we sent whole: no need to wait for a close.
      if (!trickle && /\r\n\r\n/.test(text) && !/connection: close/i.test(text)) finish(true)
    })
    socket.on('error', () => finish(true))
    socket.on('close', () => finish(true))
    socket.write(head + body)
    if (trickle)
      interval = setInterval(() => {
        if (!socket.destroyed) socket.write('x')
      }, 10)
  })
}

async function stillServing(host: WebHost): Promise<boolean> {
  const reply = await fetch(`http://127.0.0.1:${host.port}/`).catch(() => null)
  return reply?.status === 200
}

export async function runHttp(input: HttpInput): Promise<Verdict> {
  const host = await localHost()
  const base = `Host: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\n`
  let reply: RawReply
  if (input.kind === 'http-malformed-escape') {
    const token = input.withToken ? `x-compute-planner-token: ${host.token}\r\n` : ''
    reply = await exchange(
      host,
      `POST ${input.path} HTTP/1.1\r\n${base}${token}Content-Length: 2\r\n\r\n`,
      '{}',
      false,
      5_000
    )
    if (reply.status !== 400)
      return { outcome: 'crash', detail: `${input.path} answered ${reply.status}, not 400` }
  } else if (input.kind === 'http-trickled-refused') {
    const refusal =
      input.why === 'origin'
        ? `Origin: https://attacker.example\r\nx-compute-planner-token: ${host.token}\r\n`
        : ''
    reply = await exchange(
      host,
      `POST ${input.path} HTTP/1.1\r\n${base}${refusal}Content-Length: ${input.declared}\r\n\r\n`,
      '',
      true,
      3_000
    )
    const expected = input.why === 'origin' ? 403 : 401
    if (reply.status !== expected && reply.status !== 413)
      return { outcome: 'crash', detail: `refused request answered ${reply.status}` }
    if (!reply.closed)
      return { outcome: 'hang', detail: 'the host kept reading a refused, trickled body' }
  } else {
    const head = `POST /api/document.parse HTTP/1.1\r\n${base}x-compute-planner-token: ${host.token}\r\nContent-Length: ${Buffer.byteLength(input.body)}\r\n\r\n`
    reply = await exchange(host, head, input.body, false, 5_000)
    if (reply.status < 400 || reply.status >= 500)
      return { outcome: 'crash', detail: `deep plan answered ${reply.status}, not 4xx` }
  }
  if (!(await stillServing(host)))
    return { outcome: 'crash', detail: 'the host stopped serving after the request' }
  return { outcome: 'located-error', detail: `${input.kind}: ${reply.status}` }
}

export async function runExport(input: ExportInput): Promise<Verdict> {
  try {
    const items = input.names.map((name, index) => ({
      kind: 'accelerator' as const,
      name: `${name}#${index}`,
      memoryGB: 80,
      notes: name
    }))
    const bytes = await inventoryWorkbookBuffer(items)
    const back = await importInventory({ file: 'export.xlsx', bytes })
    // Whitespace may be normalised and a row may be refused on its merits (a name such as
    // "=SUM(A1)"); what must hold is that the file opens, every row is read, and no name
    // that came back differs from the sanitised text that went in.
    const normal = (text: string) => text.replace(/\s+/g, ' ').trim()
    const mismatch = back.rows.findIndex(
      (row, index) =>
        row.item !== undefined &&
        normal(row.item.name) !== normal(exportCellText(items[index]?.name ?? ''))
    )
    if (back.report.counts.rowsRead !== items.length || mismatch >= 0)
      return {
        outcome: 'unreconciled',
        detail: `exported ${items.length} rows, read ${back.report.counts.rowsRead}; first difference at ${mismatch}`
      }
    for (const name of input.names) {
      const field = csvField(name)
      if (exportCellText(field) !== field)
        return { outcome: 'unreconciled', detail: `CSV field kept an unwritable character` }
    }
    return { outcome: 'reconciled-result', detail: `${items.length} rows round-tripped` }
  } catch (error) {
    return {
      outcome: 'crash',
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    }
  }
}
