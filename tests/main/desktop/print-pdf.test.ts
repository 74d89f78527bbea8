import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in BrowserWindow recording what the engine asks of it. */
class Window {
  static last: Window
  loaded = ''
  destroyed = false
  printOptions: unknown
  failLoad = false
  constructor(readonly options: Record<string, unknown>) {
    Window.last = this
  }
  loadURL(url: string) {
    this.loaded = url
    return this.failLoad ? Promise.reject(new Error('load failed')) : Promise.resolve()
  }
  webContents = {
    printToPDF: async (options: unknown) => {
      this.printOptions = options
      return Buffer.from('%PDF-1.7')
    }
  }
  destroy() {
    this.destroyed = true
  }
}
let nextFailsToLoad = false
vi.mock('electron', () => ({
  BrowserWindow: class extends Window {
    constructor(options: Record<string, unknown>) {
      super(options)
      this.failLoad = nextFailsToLoad
    }
  }
}))

const { electronPdfEngine } = await import('../../../src/main/desktop/print-pdf')

beforeEach(() => {
  nextFailsToLoad = false
})

describe('electronPdfEngine', () => {
  it('prints the HTML, loaded as a base64 data URL, to A4 with the CSS page size', async () => {
    const engine = electronPdfEngine()
    expect(engine.name).toBe('electron')
    const html = '<!doctype html><p>报价 & 50%</p>'
    const pdf = await engine.print(html)
    expect(pdf.toString()).toBe('%PDF-1.7')
    const window = Window.last
    const prefix = 'data:text/html;charset=utf-8;base64,'
    expect(window.loaded.startsWith(prefix)).toBe(true)
    // The UTF-8 text survives the round trip (no percent-encoding pitfalls with & or %).
    expect(Buffer.from(window.loaded.slice(prefix.length), 'base64').toString('utf8')).toBe(html)
    expect(window.printOptions).toMatchObject({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false
    })
    expect(window.destroyed).toBe(true)
  })

  it('uses a hidden, sandboxed window with JavaScript off', async () => {
    await electronPdfEngine().print('<p>x</p>')
    expect(Window.last.options).toEqual({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true
      }
    })
  })

  it('destroys the window when loading fails, and passes the failure on', async () => {
    nextFailsToLoad = true
    await expect(electronPdfEngine().print('<p>x</p>')).rejects.toThrow('load failed')
    expect(Window.last.destroyed).toBe(true)
  })
})
