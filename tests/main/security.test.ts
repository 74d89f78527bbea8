import { describe, expect, it } from 'vitest'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isTrustedUrl,
  secureWebPreferences
} from '../../src/main/security'

/** The CSP as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    })
  )
}

describe('isTrustedUrl', () => {
  it('trusts any page of our own bundle', () => {
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`)).toBe(true)
    expect(isTrustedUrl('app://bundle/index.html#/results?x=1')).toBe(true)
  })

  it('refuses look-alike hosts, other ports and other schemes', () => {
    for (const url of [
      'app://bundle.evil/index.html',
      'app://evil/index.html',
      'app://bundle:8080/index.html',
      'file:///opt/app/out/renderer/index.html',
      'https://bundle/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      '',
      'not a url'
    ]) {
      expect(isTrustedUrl(url), url).toBe(false)
    }
  })

  it('trusts the dev server by exact origin only, and only when there is one', () => {
    const dev = 'http://localhost:5173'
    expect(isTrustedUrl('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isTrustedUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isTrustedUrl('http://evil.example/?http://localhost:5173', dev)).toBe(false)
    // A malformed dev-server address trusts nothing but the bundle.
    expect(isTrustedUrl('http://localhost:5173/', 'localhost 5173')).toBe(false)
    expect(isTrustedUrl('app://bundle/index.html', 'localhost 5173')).toBe(true)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('allows scripts, connections and workers from our own origin only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('worker-src')).toEqual(["'self'"])
  })

  it('forbids plugins, framing, base rewriting and form posts', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors'])
      expect(policy.get(name), name).toEqual(["'none'"])
  })

  it('names no remote origin, no eval and no wildcard anywhere', () => {
    const sources = [...policy.values()].flat()
    expect(sources.filter((source) => /^(?:https?:|wss?:|\*)|unsafe-eval|\*/.test(source))).toEqual(
      []
    )
    // Inline code is allowed for styles only (Naive UI injects CSS at run time).
    expect(
      [...policy].filter(([, list]) => list.includes("'unsafe-inline'")).map(([name]) => name)
    ).toEqual(['style-src'])
  })
})

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    const preferences = secureWebPreferences('/app/preload.js')
    expect(preferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
  })
})
