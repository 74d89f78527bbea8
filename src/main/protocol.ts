/**
 * Serves the built renderer from app://bundle/ so the page has a real, privileged origin
 * ('self' in the CSP means our bundle and nothing else) instead of file://.
 */
import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security'
import { contentTypeFor, resolveStaticPath } from './static-files'

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

export async function serveBundleRequest(
  rendererDir: string,
  requestUrl: string
): Promise<Response> {
  const url = new URL(requestUrl)
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
  const filePath = resolveStaticPath(rendererDir, url.pathname)
  if (!filePath) return new Response('Forbidden', { status: 403 })
  try {
    const body = await readFile(filePath)
    return new Response(body, {
      headers: {
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff'
      }
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

export function registerBundleProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveBundleRequest(rendererDir, request.url))
}
