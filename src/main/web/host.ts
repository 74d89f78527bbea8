/**
 * The local web host: the second transport of the one IPC contract. It serves the built
 * renderer and routes POST /api/<channel> to the same dispatcher the Electron gate uses.
 * Loopback only, a random per-run token on every API call, Host/Origin checks against DNS
 * rebinding and cross-site requests, size limits, no CORS. No service logic lives here.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MAX_REQUEST_BYTES } from '@shared/ipc/channels'
import { fail, type Envelope, type ErrorCode } from '@shared/ipc/envelope'
import { resolveLocale, translate } from '@shared/i18n'
import { dispatch, type Handlers } from '../ipc/dispatch'
import { CONTENT_SECURITY_POLICY } from '../security'
import { contentTypeFor, resolveStaticPath } from '../static-files'

export const TOKEN_HEADER = 'x-compute-planner-token'
export const LOOPBACK = '127.0.0.1'

export interface WebHostOptions {
  rendererDir: string
  handlers: Handlers
  /** 0 (default) picks a free port. */
  port?: number
  token?: string
  maxRequestBytes?: number
  logger?: { error(message: string, error: unknown): void }
}

export interface WebHost {
  server: Server
  port: number
  token: string
  /** The address to open: carries the token once; the page keeps it for the session. */
  url: string
  close(): Promise<void>
}

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN_SENDER: 403,
  UNKNOWN_CHANNEL: 404,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  NOT_SUPPORTED: 501,
  INTERNAL: 500
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text)
  })
  response.end(text)
}

function sendEnvelope(response: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 422)
  sendJson(response, status, envelope)
}

function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

class BodyTooLarge extends Error {}

/** `decodeURIComponent` that answers null for malformed escapes (`%ff`, `%E0%A4%A`) instead of throwing. */
export function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > limit) {
      reject(new BodyTooLarge())
      request.resume()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let overflowed = false
    request.on('data', (chunk: Buffer) => {
      if (overflowed) return
      size += chunk.length
      if (size > limit) {
        // Answer now and drop the rest; destroying the socket here would lose the answer.
        overflowed = true
        chunks.length = 0
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * Why a request was refused, in the language the browser asks for; with no Accept-Language
 * (a script, curl) in English and Chinese, since the page that would translate it never ran.
 */
function refusal(request: IncomingMessage, code: 'UNAUTHORIZED' | 'FORBIDDEN_SENDER'): string {
  const accepted = request.headers['accept-language']
  const key = `app.errors.${code}`
  if (!accepted) return `${translate('en', key)} / ${translate('zh-CN', key)}`
  return translate(resolveLocale(accepted.split(',')[0]), key)
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES
  const logger = options.logger ?? console
  let port = 0

  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`])

  /**
   * Answers without reading the request body and closes the connection: a refused client
   * must not hold the host by trickling a body it was never going to be allowed to send.
   */
  function refuse(response: ServerResponse, envelope: Envelope<unknown>): void {
    response.setHeader('Connection', 'close')
    sendEnvelope(response, envelope)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, rawChannel: string) {
    if (request.method !== 'POST') {
      response.writeHead(405, { ...BASE_HEADERS, Allow: 'POST', Connection: 'close' })
      response.end()
      return
    }
    const channel = decodePathSegment(rawChannel)
    if (channel === null) {
      refuse(response, fail('BAD_REQUEST', 'The request path is not valid percent-encoding.'))
      return
    }
    const origin = request.headers.origin
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^https?:\/\//, ''))) {
      refuse(response, fail('FORBIDDEN_SENDER', refusal(request, 'FORBIDDEN_SENDER')))
      return
    }
    const given = request.headers[TOKEN_HEADER]
    if (!tokensMatch(Array.isArray(given) ? given[0] : given, token)) {
      refuse(response, fail('UNAUTHORIZED', refusal(request, 'UNAUTHORIZED')))
      return
    }
    let text: string
    try {
      text = await readBody(request, limit)
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        response.setHeader('Connection', 'close')
        sendEnvelope(response, fail('PAYLOAD_TOO_LARGE', `Request exceeds ${limit} bytes.`))
      } else {
        sendEnvelope(response, fail('BAD_REQUEST', 'The request body could not be read.'))
      }
      return
    }
    let payload: unknown
    try {
      const body: unknown = text.trim() === '' ? {} : JSON.parse(text)
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error()
      payload = (body as { request?: unknown }).request
    } catch {
      sendEnvelope(response, fail('BAD_REQUEST', 'The request body is not a JSON object.'))
      return
    }
    const locale = resolveLocale(request.headers['accept-language']?.split(',')[0])
    sendEnvelope(
      response,
      await dispatch(options.handlers, channel, payload, { transport: 'web', locale }, logger)
    )
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' })
      response.end()
      return
    }
    const filePath = resolveStaticPath(options.rendererDir, path)
    if (!filePath) {
      response.writeHead(403, BASE_HEADERS)
      response.end('Forbidden')
      return
    }
    try {
      const body = await readFile(filePath)
      response.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
        'Content-Length': body.length
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    } catch {
      response.writeHead(404, BASE_HEADERS)
      response.end('Not found')
    }
  }

  /** Every failure of a request ends in an answer (or a closed socket), never in a dead host. */
  function answerFailure(response: ServerResponse, error: unknown): void {
    logger.error('Web host request failed', error)
    try {
      if (!response.headersSent) refuse(response, fail('INTERNAL', 'Internal error.'))
      else response.end()
    } catch {
      response.destroy()
    }
  }

  function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS-rebinding guard: only our own loopback host names are served.
    if (!allowedHosts().has(request.headers.host ?? '')) {
      response.writeHead(421, { ...BASE_HEADERS, Connection: 'close' })
      response.end('Misdirected request')
      return Promise.resolve()
    }
    const path = (request.url ?? '/').split('?')[0]
    return path.startsWith('/api/')
      ? handleApi(request, response, path.slice('/api/'.length))
      : handleStatic(request, response, path)
  }

  const server = createServer((request, response) => {
    // The whole listener is guarded: a synchronous throw or a rejected task answers 500.
    try {
      route(request, response).catch((error: unknown) => answerFailure(response, error))
    } catch (error) {
      answerFailure(response, error)
    }
  })
  // Malformed request lines and headers: answer 400 and drop that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  server.requestTimeout = 120_000
  server.headersTimeout = 10_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    token,
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
