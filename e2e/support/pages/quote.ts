/** PlannerPage's purchase: the bill of materials on Results, and the Quote step. */
import type { Locator } from '@playwright/test'
import { CompareArea } from './compare'

export class QuoteArea extends CompareArea {
  /** The bill of materials on Results, and its parts. */
  get billOfMaterials(): Locator {
    return this.page.getByTestId('bom')
  }

  /** A cost category of the bill of materials (`network`, …). */
  bomCategory(name: string): Locator {
    return this.page.getByTestId(`bom-category-${name}`)
  }

  /** Every line of the bill of materials. */
  get bomLines(): Locator {
    return this.billOfMaterials.locator('[data-testid^="bom-line-"]')
  }

  /** A line's quantity, or its total ("—" without a price). */
  bomLineCell(line: Locator, cell: 'quantity' | 'total'): Locator {
    return line.getByTestId(`bom-${cell}`)
  }

  get bomGrandTotal(): Locator {
    return this.page.getByTestId('bom-grand-total')
  }

  /** The Quote step's grand total. */
  get quoteGrandTotal(): Locator {
    return this.page.getByTestId('quote-grand-total')
  }

  /** Every line of the quote on screen. */
  get quoteLines(): Locator {
    return this.page.locator('[data-testid^="quote-line-"]')
  }

  /** The editable description of every quote line (the first cell's input or text area). */
  get quoteLineDescriptions(): Locator {
    return this.quoteLines.locator('td:first-child').locator('input, textarea')
  }

  /** The quote's line with id `lineId` (`accelerator:<id>`, `server:<id>`, `system:<id>`, …). */
  quoteLine(lineId: string): Locator {
    return this.page.getByTestId(`quote-line-${lineId}`)
  }

  /** The Quote step's Export (.xlsx): returns where the download was kept. */
  async exportQuote(): Promise<string> {
    await this.goTo('quote')
    return this.keepDownloadFrom(this.page.getByTestId('quote-export'), 'cp-e2e-quote-')
  }
}
