import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, resolveStaticPath } from '../../src/main/static-files'

const ROOT = resolve('/srv/app/out/renderer')

describe('resolveStaticPath', () => {
  it('maps the root to index.html and paths to files inside the root', () => {
    expect(resolveStaticPath(ROOT, '/')).toBe(join(ROOT, 'index.html'))
    expect(resolveStaticPath(ROOT, '')).toBe(join(ROOT, 'index.html'))
    expect(resolveStaticPath(ROOT, '/assets/index-abc.js')).toBe(join(ROOT, 'assets/index-abc.js'))
    expect(resolveStaticPath(ROOT, '//assets/x.css')).toBe(join(ROOT, 'assets/x.css'))
  })

  it('ignores the query and fragment, and decodes escapes', () => {
    expect(resolveStaticPath(ROOT, '/index.html?v=2#top')).toBe(join(ROOT, 'index.html'))
    expect(resolveStaticPath(ROOT, '/fonts/Noto%20Sans.woff2')).toBe(
      join(ROOT, 'fonts/Noto Sans.woff2')
    )
  })

  it('refuses every way out of the root, however it is spelled', () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2f..%2fetc%2fpasswd',
      // A sibling folder whose name starts with the root's.
      '/../renderer-evil/index.html'
    ]) {
      expect(resolveStaticPath(ROOT, path), path).toBeNull()
    }
  })

  it('refuses NUL bytes, backslashes and malformed escapes', () => {
    expect(resolveStaticPath(ROOT, '/index.html%00.png')).toBeNull()
    expect(resolveStaticPath(ROOT, '/..%5c..%5csecret')).toBeNull()
    expect(resolveStaticPath(ROOT, '/assets\\x.js')).toBeNull()
    expect(resolveStaticPath(ROOT, '/%E0%A4%A')).toBeNull()
  })

  it('allows dot-dot segments that stay inside the root', () => {
    expect(resolveStaticPath(ROOT, '/assets/../index.html')).toBe(join(ROOT, 'index.html'))
  })
})

describe('contentTypeFor', () => {
  it('types the bundle’s files, ignoring the case of the extension', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/a/INDEX.HTML')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/a/app.mjs')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/a/logo.svg')).toBe('image/svg+xml')
    expect(contentTypeFor('/a/f.woff2')).toBe('font/woff2')
  })

  it('serves unknown or missing extensions as opaque bytes (never sniffed as HTML)', () => {
    expect(contentTypeFor('/a/payload.exe')).toBe('application/octet-stream')
    expect(contentTypeFor('/a/README')).toBe('application/octet-stream')
    expect(contentTypeFor('/a/.html')).toBe('application/octet-stream')
  })
})
