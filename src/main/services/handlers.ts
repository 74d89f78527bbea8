/**
 * Every channel's handler, assembled from the product areas. Both transports serve
 * exactly this object, so the web host and the desktop app cannot drift apart.
 */
import type { Locale } from '@shared/i18n'
import type { Handlers } from '../ipc/dispatch'
import { createAppHandlers } from './app/handlers'
import { createDocumentHandlers } from './document/handlers'
import { createInventoryHandlers } from './inventory/handlers'
import { createQuoteHandlers } from './quote/handlers'
import { createReportHandlers } from './report/handlers'
import { createCalibrationHandlers } from './calibration/handlers'
import type { PdfEngine } from './report/pdf-engine'

export interface ServiceOptions {
  platform: string
  /** Where per-user files live (settings, library, autosave): Electron's userData, or a folder the web host picks. */
  userDataDir: string
  /** Called on `app.setLocale` (the desktop app records it in settings, which its menus follow). */
  onLocaleChange?: (locale: Locale) => void | Promise<void>
  /** Prints the report (the desktop's printToPDF); default: headless Chromium. */
  pdfEngine?: (locale: Locale) => PdfEngine
}

export function createHandlers(options: ServiceOptions): Handlers {
  return {
    ...createAppHandlers(options),
    ...createInventoryHandlers(options),
    ...createQuoteHandlers(options),
    ...createDocumentHandlers(options),
    ...createReportHandlers(options),
    ...createCalibrationHandlers(options)
  }
}
