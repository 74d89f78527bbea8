/**
 * PlannerPage's inventory: importing a spreadsheet (mapping, encoding, review), a price list,
 * and the "My hardware" library grid.
 */
import { expect, type Locator } from '@playwright/test'
import { QuoteArea } from './quote'

type SpreadsheetFile = string | { name: string; mimeType: string; buffer: Buffer }

export class InventoryArea extends QuoteArea {
  async openInventory(): Promise<void> {
    await this.page.getByTestId('nav-inventory').click()
  }

  /** The library's "Use in plan", and its confirmation. */
  async useLibraryInPlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use in plan' }).click()
    await expect(
      this.page.getByRole('alert').filter({ hasText: /added to the plan/ })
    ).toBeVisible()
  }

  /** Picks a spreadsheet in the inventory import and waits for the column mapping. */
  async importSpreadsheet(file: SpreadsheetFile): Promise<void> {
    await this.openInventory()
    await this.page.getByTestId('inventory-file').setInputFiles(file)
    await expect(this.importMapping).toBeVisible()
  }

  /** The import's column mapping: each spreadsheet column and the field it fills. */
  get importMapping(): Locator {
    return this.page.getByTestId('inventory-mapping')
  }

  /** The inventory's "Choose file" button. */
  get chooseSpreadsheetButton(): Locator {
    return this.page.getByTestId('inventory-choose')
  }

  /** The encoding the import detected for a CSV, and the preview of its rows. */
  get importEncodingDetected(): Locator {
    return this.page.getByTestId('inventory-encoding-detected')
  }

  get importPreview(): Locator {
    return this.page.getByTestId('inventory-preview')
  }

  /** Reads the CSV again in another encoding (`GB18030`, `Windows-1252`, …). */
  async chooseImportEncoding(name: string): Promise<void> {
    await this.page.getByTestId('inventory-encoding').locator('.n-base-selection').click()
    await this.page.locator('.n-base-select-option', { hasText: name }).click()
  }

  /** "Start import", then the review of every row. */
  async startImport(): Promise<Locator> {
    await this.page.getByTestId('inventory-start').click()
    const review = this.page.getByTestId('inventory-results')
    await expect(review).toBeVisible({ timeout: 30_000 })
    return review
  }

  /** One parsed figure in the review: the row as the spreadsheet numbers it, the field's name. */
  reviewCell(row: number, field: string): Locator {
    return this.page.getByTestId(`review-${row}-${field}`)
  }

  /** "Add to my hardware" after the review. */
  async commitImport(): Promise<void> {
    await this.page.getByTestId('inventory-commit').click()
  }

  /** A price list's review: "Add to the plan's price book", and the rows it reports. */
  async addPriceList(): Promise<void> {
    await this.page.getByTestId('price-list-add').click()
  }

  get priceListReported(): Locator {
    return this.page.getByTestId('price-list-reported')
  }

  /** The "My hardware" library table. */
  get library(): Locator {
    return this.page.getByTestId('inventory-library')
  }

  /** The "My hardware" grid's own undo, redo and save. */
  async undoLibraryEdit(): Promise<void> {
    await this.page.getByTestId('library-undo').click()
  }

  async redoLibraryEdit(): Promise<void> {
    await this.page.getByTestId('library-redo').click()
  }

  async saveLibrary(): Promise<void> {
    await this.page.getByTestId('library-save').click()
  }

  /** A field of the "My hardware" entry whose name is `name`. */
  async libraryCell(name: string, field: string): Promise<Locator> {
    const library = this.library
    await expect.poll(() => this.libraryIdOf(name), { timeout: 15_000 }).not.toBeUndefined()
    const id = await this.libraryIdOf(name)
    return library.getByTestId(`library-${id}-${field}`)
  }

  private async libraryIdOf(name: string): Promise<string | undefined> {
    return this.library.locator('input[data-testid$="-name"]').evaluateAll(
      (inputs, wanted) =>
        inputs
          .find((input) => (input as HTMLInputElement).value === wanted)
          ?.getAttribute('data-testid')
          ?.replace(/^library-/, '')
          .replace(/-name$/, ''),
      name
    )
  }
}
