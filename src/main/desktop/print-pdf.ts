/**
 * The desktop's PDF engine: Electron's `webContents.printToPDF` in a hidden, sandboxed
 * window with JavaScript off. The report HTML is self-contained (no scripts, no remote
 * content), loaded as a data URL; its CSS page size (A4) and page-margin boxes (page
 * numbers, running header) are honoured (`preferCSSPageSize`).
 */
import { BrowserWindow } from 'electron'
import type { PdfEngine } from '../services/report/pdf-engine'

export function electronPdfEngine(): PdfEngine {
  return {
    name: 'electron',
    async print(html: string): Promise<Buffer> {
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true
        }
      })
      try {
        const data = Buffer.from(html, 'utf8').toString('base64')
        await window.loadURL(`data:text/html;charset=utf-8;base64,${data}`)
        return await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          generateDocumentOutline: true
        })
      } finally {
        window.destroy()
      }
    }
  }
}
