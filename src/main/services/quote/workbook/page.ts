/**
 * Print setup shared by every sheet: paper size, landscape, fit to one page wide, header rows
 * repeated on each page, and a header/footer with the plan name and page numbers.
 */
import type { HeaderFooter, PageSetup } from 'exceljs'
import type { PaperSize } from '@shared/schema/quote'
import type { SheetSpec } from './spec'
import { headerFooterText } from './text'

/** ECMA-376 paper size codes. */
const PAPER_CODES: Record<PaperSize, 1 | 9> = { letter: 1, a4: 9 }

export interface PageSettings {
  paperSize: PaperSize
  headerFooter(sheetName: string): Partial<HeaderFooter>
}

/**
 * `pageTemplate` is the translated "Page {page} of {pages}"; the placeholders become Excel's
 * page-number codes after the literal text has been escaped.
 */
export function pageSettings(
  paperSize: PaperSize,
  planName: string,
  company: string,
  pageTemplate: string,
  /** Printed at the bottom left of every page ("Quote No. …"), when given. */
  footerLeft = ''
): PageSettings {
  const footerRight = headerFooterText(pageTemplate)
    .replace('{page}', '&P')
    .replace('{pages}', '&N')
  const footer = footerLeft === '' ? '' : `&L${headerFooterText(footerLeft)}`
  const left = headerFooterText(planName)
  const companyText = company === '' ? '' : `&R${headerFooterText(company)}`
  return {
    paperSize,
    headerFooter: (sheetName) => ({
      oddHeader: `&L${left}&C${headerFooterText(sheetName)}${companyText}`,
      oddFooter: `${footer}&R${footerRight}`
    })
  }
}

export function pageSetupFor(spec: SheetSpec, page: PageSettings): Partial<PageSetup> {
  const setup: Partial<PageSetup> = {
    paperSize: PAPER_CODES[page.paperSize] as PageSetup['paperSize'],
    orientation: spec.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as needed.
    fitToHeight: spec.onePage ? 1 : 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    horizontalCentered: false,
    verticalCentered: false
  }
  if (spec.printTitleRows)
    setup.printTitlesRow = `${spec.printTitleRows.first}:${spec.printTitleRows.last}`
  else if (spec.headerRows > 0) setup.printTitlesRow = `1:${spec.headerRows}`
  return setup
}
