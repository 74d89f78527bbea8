/**
 * The planner as a page object (like Heynote's HeynotePage): specs say what a person does
 * ("add a video workload", "use the library in the plan", "save") instead of repeating
 * test ids. Each method waits for what the person would wait for.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** A workload kind, as the "+ …" buttons name it (schema/plan.ts `WORKLOAD_KINDS`). */
type WorkloadKind =
  | 'llm-inference'
  | 'llm-training'
  | 'vision-training'
  | 'video-analytics'
  | 'custom'
  | 'llm-finetuning'

/** A wizard step, by its route name (renderer/src/router.ts `WIZARD_STEPS`). */
export type WizardStep = 'scenario' | 'workloads' | 'hardware' | 'costs' | 'results' | 'quote'

/** Reads the first number in a text ("20.48 PFLOPS" → 20.48, "20,480" → 20480). */
export function firstNumber(text: string): number {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  return match ? Number(match[0].replace(/,/g, '')) : NaN
}

const shortcut = (key: string) => `${process.platform === 'darwin' ? 'Meta' : 'Control'}+${key}`

export class PlannerPage {
  constructor(readonly page: Page) {}

  private leavesWithoutAsking = false

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    // Leaving a page with unsaved changes asks (beforeunload); the tests always leave.
    if (!this.leavesWithoutAsking) this.page.on('dialog', (dialog) => void dialog.accept())
    this.leavesWithoutAsking = true
  }

  async goTo(step: WizardStep): Promise<void> {
    await this.page.getByTestId(`nav-${step}`).click()
    await expect(this.page.getByTestId(`step-${step}`)).toBeVisible()
  }

  async startBlank(name = ''): Promise<void> {
    await this.page.getByTestId('nav-scenario').click()
    if (name) await this.page.getByTestId('blank-name').locator('input').fill(name)
    await this.page.getByTestId('start-blank').click()
  }

  async addWorkload(kind: WorkloadKind): Promise<void> {
    await this.page.getByTestId(`add-${kind}`).click()
  }

  /** Workload `index`'s form, shown while its accordion item is open. */
  workloadForm(index: number): Locator {
    return this.page.getByTestId(`workload-form-${index}`)
  }

  /** Opens workload `index` in the accordion (a newly added workload may be folded). */
  async expandWorkload(index: number): Promise<void> {
    const form = this.workloadForm(index)
    if (await form.isVisible()) return
    await this.page
      .getByTestId(`workload-${index}`)
      .locator('.n-collapse-item__header')
      .first()
      .click()
    await expect(form).toBeVisible()
  }

  /** Types a workload's name. */
  async nameWorkload(index: number, name: string): Promise<void> {
    await this.expandWorkload(index)
    const input = this.page.getByTestId(`wl-${index}-name`).locator('input')
    await input.fill(name)
    await input.blur()
  }

  /** Types a number into a NumberField (its test id without `-input`) and leaves it. */
  async fillNumber(testid: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`${testid}-input`).locator('input')
    await input.fill(value)
    await input.blur()
  }

  /** A number of workload `index`'s schedule (ScheduleField.vue), typed and left. */
  async setSchedule(index: number, field: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`wl-${index}-schedule-${field}`).locator('input')
    await input.fill(value)
    await input.blur()
  }

  /**
   * Opens a filterable select, types `text` to filter its (virtual) list, and picks the first
   * option that contains it.
   */
  async chooseOption(testid: string, text: string): Promise<void> {
    await this.page.getByTestId(testid).click()
    await this.page.keyboard.type(text)
    await this.page.locator('.n-base-select-option', { hasText: text }).first().click()
    await expect(this.page.getByTestId(testid)).toContainText(text)
  }

  /** In the open derivation drawer, follows the input `stepId` to its own derivation. */
  async drillTo(stepId: string): Promise<Locator> {
    await this.page.getByTestId(`drill-${stepId}`).click()
    const value = this.page.getByTestId('derivation-value')
    await expect(value).toBeVisible()
    return value
  }

  /** "Your price for …" on the Costs step, for one accelerator id. */
  async setPrice(acceleratorId: string, amount: string): Promise<void> {
    await this.goTo('costs')
    const input = this.page.getByTestId(`price-${acceleratorId}`).locator('input')
    await input.fill(amount)
    await input.blur()
  }

  /** The Costs step's table of every part the plan can buy. */
  get priceTable(): Locator {
    return this.page.getByTestId('price-table')
  }

  /** A group of the Costs table (`accelerator`, `server`, `switch`, `nic`, …). */
  priceGroup(kind: string): Locator {
    return this.page.getByTestId(`price-group-${kind}`)
  }

  /** A part's row in the Costs table. */
  priceRow(partId: string): Locator {
    return this.page.getByTestId(`price-row-${partId}`)
  }

  /** The price a part is quoted at, and whose it is ("your price", "price needed", …). */
  priceInUse(partId: string): Locator {
    return this.page.getByTestId(`price-in-use-${partId}`)
  }

  priceInput(acceleratorId: string): Locator {
    return this.page.getByTestId(`price-${acceleratorId}`).locator('input')
  }

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

  /** Results for the plan as it is now (generous: the machines this runs on are shared). */
  async expectResultsCurrent(): Promise<void> {
    await this.page.getByTestId('nav-results').click()
    await expect(this.page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
  }

  /** The Scenario step's template `id`; a plan with changes asks first, and the test agrees. */
  async useTemplate(id: string): Promise<void> {
    await this.page.getByTestId('nav-scenario').click()
    await this.page.getByTestId(`use-template-${id}`).click()
    const confirm = this.page.locator('.n-popconfirm .n-button--primary-type')
    if (await confirm.isVisible().catch(() => false)) await confirm.click()
    await expect(this.page.getByTestId('step-workloads')).toBeVisible()
  }

  /** The Scenario step, as the planner opens on it. */
  async expectOnScenario(): Promise<void> {
    await expect(this.page.getByTestId('step-scenario')).toBeVisible()
  }

  /** A step's page (`step-results`, …), to read or screenshot. */
  step(step: WizardStep): Locator {
    return this.page.getByTestId(`step-${step}`)
  }

  /** "Up to date" / "problem" beside the steps. */
  get recalcStatus(): Locator {
    return this.page.getByTestId('recalc-status')
  }

  /** The core answered for the plan as it is now, in either language. */
  async expectUpToDate(): Promise<void> {
    await expect(this.recalcStatus).toHaveText(/Up to date|已是最新/, { timeout: 30_000 })
  }

  /** The plan has an input the core refuses (a located message stands by the field). */
  async expectProblem(): Promise<void> {
    await expect(this.recalcStatus).toContainText('problem')
  }

  /** A workload's field on the Workloads step: its label, input and located message. */
  workloadField(index: number, field: string): Locator {
    return this.page.getByTestId(`wl-${index}-${field}`)
  }

  /** The text box of a workload's number field (`wl-0-streams` → its `<input>`). */
  workloadInput(index: number, field: string): Locator {
    return this.page.getByTestId(`wl-${index}-${field}-input`).locator('input')
  }

  /** Types a number into a workload's field and leaves it. */
  async fillWorkloadNumber(index: number, field: string, value: string): Promise<void> {
    await this.fillNumber(`wl-${index}-${field}`, value)
  }

  /**
   * Opens a select (by its test id, or its form item's) and clicks the option with `text` in
   * the list as it opens, without typing to filter it.
   */
  async pickOption(testid: string, text: string, exact = false): Promise<void> {
    await this.page.getByTestId(testid).locator('.n-base-selection').first().click()
    await this.page.locator('.n-base-select-option').getByText(text, { exact }).click()
  }

  /** Sizes a training-like workload by a number of cards or by a deadline. */
  async sizeBy(index: number, by: 'accelerators' | 'days'): Promise<void> {
    await this.page.getByTestId(`wl-${index}-sizing-${by}`).click()
  }

  /** Picks an option of a workload's select field (`wl-0-framework` → "vLLM"). */
  async pickWorkloadOption(index: number, field: string, text: string, exact = false) {
    await this.pickOption(`wl-${index}-${field}-select`, text, exact)
  }

  /** One figure of workload `index` on Results (`fig-0-accelerators`). */
  figure(index: number, name: string): Locator {
    return this.page.getByTestId(`fig-${index}-${name}`)
  }

  /**
   * The first number a figure shows ("20.48 PFLOPS" → 20.48, "20,480" → 20480). The figure must
   * be shown once, unless `shownMoreThanOnce` (a card and its table both show it): then the first.
   */
  async figureNumber(index: number, name: string, shownMoreThanOnce = false): Promise<number> {
    const figure = this.figure(index, name)
    const text = await (shownMoreThanOnce ? figure.first() : figure).innerText()
    const value = firstNumber(text)
    if (Number.isNaN(value)) throw new Error(`no number in fig-${index}-${name}: ${text}`)
    return value
  }

  /** The summary's total of accelerators on Results. */
  get totalAccelerators(): Locator {
    return this.page.getByTestId('total-accelerators')
  }

  /** The summary's total of servers on Results. */
  get totalServers(): Locator {
    return this.page.getByTestId('total-servers')
  }

  /** The plan's name in the header. */
  get planTitle(): Locator {
    return this.page.getByTestId('plan-title')
  }

  /** The header's "rename": returns the name box, focused. */
  async startRenamingPlan(): Promise<Locator> {
    await this.page.getByTestId('plan-rename').click()
    return this.page.getByTestId('plan-name-input')
  }

  /** The plan's name as the header shows it. */
  get planName(): Locator {
    return this.page.getByTestId('plan-name')
  }

  /** The card picker of workload `index` on the Hardware step. */
  hardwareSelect(index: number): Locator {
    return this.page.getByTestId(`hw-${index}-select`)
  }

  /** The chosen card's figures under the picker. */
  hardwareSpec(index: number): Locator {
    return this.page.getByTestId(`hw-${index}-spec`)
  }

  /** Workload `index`'s card on Results. */
  resultCard(index: number): Locator {
    return this.page.getByTestId(`result-card-${index}`)
  }

  /** A line of a serving workload's card: its split, scale-up domain or memory per card. */
  servingDetail(index: number, detail: 'split' | 'scale-up' | 'card-memory'): Locator {
    return this.page.getByTestId(`${detail}-${index}`)
  }

  /** Results' comparison of candidate cards (compare mode). */
  get comparisonPanel(): Locator {
    return this.page.getByTestId('comparison-panel')
  }

  /** One candidate card's row in the comparison: `data-feasible`, `data-excluded`, reasons. */
  candidate(acceleratorId: string): Locator {
    return this.comparisonPanel.getByTestId(`candidate-${acceleratorId}`)
  }

  /** The market the comparison excludes restricted cards for. */
  get marketSelect(): Locator {
    return this.page.getByTestId('market-select')
  }

  /** Clicks a number's explain button and waits for the derivation panel. */
  async explain(figure: Locator): Promise<Locator> {
    await figure.getByRole('button').click()
    await expect(this.derivation).toBeVisible()
    return this.derivation
  }

  /** The derivation panel: formula, inputs with units and sources, drill-down. */
  get derivation(): Locator {
    return this.page.getByTestId('derivation-panel')
  }

  /** A part of the derivation panel (`formula`, `arithmetic`, `inputs`, `back`, `close`, …). */
  derivationPart(
    part: 'formula' | 'arithmetic' | 'inputs' | 'value' | 'label' | 'back' | 'close'
  ): Locator {
    return this.page.getByTestId(`derivation-${part}`)
  }

  /** "Up to date" on Results: the figures shown are for the plan as it is now. */
  get resultsCurrent(): Locator {
    return this.page.getByTestId('results-current')
  }

  /** The Results summary (totals over every workload). */
  get summary(): Locator {
    return this.page.getByTestId('summary')
  }

  /** The summary's capital cost. */
  get totalCapex(): Locator {
    return this.page.getByTestId('total-capex')
  }

  /** A chart on Results (`cost`, `memory`, `scaling`). */
  chart(name: string): Locator {
    return this.page.getByTestId(`chart-${name}`)
  }

  /** The low–high range under a workload's figure ("range 198 to 282"). */
  range(index: number, name: string): Locator {
    return this.page.getByTestId(`range-${index}-${name}`)
  }

  /** In the derivation panel: opens the step that computed input `name`. */
  async drillInto(name: string): Promise<void> {
    await this.page.getByTestId(`drill-${name}`).click()
  }

  /** In the derivation panel: "Edit" beside assumption `id` lands on the Workloads step. */
  async editAssumption(id: string): Promise<void> {
    await this.page.getByTestId(`edit-${id}`).click()
    await expect(this.step('workloads')).toBeVisible()
  }

  /** Workload `index`'s row for assumption `id` (low / typical / high and its message). */
  assumptionRow(index: number, id: string): Locator {
    return this.page.getByTestId(`assumption-${index}-${id}`)
  }

  /** One end of an assumption's range, or its message (`low`, `typical`, `high`, `error`). */
  assumptionPart(index: number, id: string, part: 'low' | 'typical' | 'high' | 'error'): Locator {
    const cell = this.page.getByTestId(`assumption-${index}-${id}-${part}`)
    return part === 'error' ? cell : cell.locator('input')
  }

  /** Goes to a step with the keyboard: focus its header, press Enter. */
  async goToByKeyboard(step: WizardStep): Promise<void> {
    await this.page.getByTestId(`nav-${step}`).focus()
    await this.page.keyboard.press('Enter')
    await expect(this.step(step)).toBeVisible()
  }

  /**
   * The Hardware step's "enter a card by hand": vendor, name, the figures shown at first, and
   * any behind "All figures"; then Add.
   */
  async addCustomAccelerator(card: {
    vendor: string
    name: string
    figures: Record<string, string>
    allFigures?: Record<string, string>
  }): Promise<void> {
    const fill = (field: string, value: string) =>
      this.page.getByTestId(`custom-${field}`).locator('input').fill(value)
    await fill('vendor', card.vendor)
    await fill('name', card.name)
    for (const [field, value] of Object.entries(card.figures)) await fill(field, value)
    if (card.allFigures) {
      await this.page.getByTestId('custom-more').getByText('All figures').click()
      for (const [field, value] of Object.entries(card.allFigures)) await fill(field, value)
    }
    await this.submitCustomAccelerator()
  }

  /** "Add" under the hand-entered card (again, after a refusal). */
  async submitCustomAccelerator(): Promise<void> {
    await this.page.getByTestId('custom-add').click()
  }

  /** The header's number grouping ('万 / 亿', …). */
  async setGrouping(label: string): Promise<void> {
    await this.page.getByTestId('grouping-select').selectOption({ label })
  }

  /** "Custom model…" in workload `index`'s model picker: returns the inline architecture form. */
  async useCustomModel(index: number): Promise<Locator> {
    await this.page.getByTestId(`wl-${index}-model-select`).click()
    // The option is always listed, whatever is typed (the list opens at the current model).
    await this.page.keyboard.type('custom')
    await this.page
      .locator('.n-base-select-option')
      .getByText('Custom model (enter the architecture)…')
      .click()
    const form = this.workloadField(index, 'model-inline')
    await expect(form).toBeVisible()
    return form
  }

  /** The page fits its width: nothing scrolls sideways (`what` names the screen in a failure). */
  async expectNoSidewaysScroll(what: string): Promise<void> {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0)
  }

  /** The compute fabric figure on Results. */
  get fabric(): Locator {
    return this.page.getByTestId('fabric-topology')
  }

  /** A count in the fabric figure (`leaves`, `spines`, `cores`): a button that explains it. */
  fabricCount(tier: 'leaves' | 'spines' | 'cores'): Locator {
    return this.fabric.getByTestId(`fabric-count-${tier}`)
  }

  /** The per-accelerator breakdown on Results, and its total. */
  get acceleratorBreakdown(): Locator {
    return this.page.getByTestId('accelerator-breakdown')
  }

  /** The header's theme menu, by theme. */
  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId('theme-select').selectOption(theme)
  }

  /** The header's theme menu, by the label a person reads in the current language. */
  async setThemeByLabel(label: string): Promise<void> {
    await this.page.getByTestId('theme-select').selectOption({ label })
  }

  /** The Costs step's PUE (power usage effectiveness) input. */
  get pueInput(): Locator {
    return this.page.getByTestId('pue-input').locator('input')
  }

  /** Types the PUE on the Costs step and leaves the field. */
  async setPue(value: string): Promise<void> {
    await this.goTo('costs')
    await this.pueInput.fill(value)
    await this.pueInput.blur()
  }

  /** Drops a file named `name` holding `text` on the page, as a person drags one in. */
  async dropFile(name: string, text: string): Promise<void> {
    await this.page.evaluate(
      ({ name, text }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([text], name, { type: 'application/json' }))
        document.body.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
        )
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
        )
      },
      { name, text }
    )
  }

  /** The bill of materials on Results, and its parts. */
  get billOfMaterials(): Locator {
    return this.page.getByTestId('bom')
  }

  /** A cost category of the bill of materials (`network`, …). */
  bomCategory(name: string): Locator {
    return this.page.getByTestId(`bom-category-${name}`)
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

  /** Ctrl+S: the browser host downloads the plan; returns where the test kept it. */
  async save(): Promise<string> {
    const downloadStarted = this.page.waitForEvent('download')
    await this.page.keyboard.press(shortcut('s'))
    const download = await downloadStarted
    const saved = join(mkdtempSync(join(tmpdir(), 'cp-e2e-plan-')), download.suggestedFilename())
    await download.saveAs(saved)
    return saved
  }

  /** Ctrl+O with a file: a path, or the file's name, type and bytes. */
  async openFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooserOpened = this.page.waitForEvent('filechooser')
    await this.page.keyboard.press(shortcut('o'))
    await (await chooserOpened).setFiles(file)
  }

  /** The header's language menu ('English' / '简体中文'). */
  async setLanguage(label: 'English' | '简体中文'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption({ label })
  }

  /** Picks a spreadsheet in the inventory import and waits for the column mapping. */
  async importSpreadsheet(
    file: string | { name: string; mimeType: string; buffer: Buffer }
  ): Promise<void> {
    await this.openInventory()
    await this.page.getByTestId('inventory-file').setInputFiles(file)
    await expect(this.importMapping).toBeVisible()
  }

  /** The import's column mapping: each spreadsheet column and the field it fills. */
  get importMapping(): Locator {
    return this.page.getByTestId('inventory-mapping')
  }

  /** "Add to my hardware" after the review. */
  async commitImport(): Promise<void> {
    await this.page.getByTestId('inventory-commit').click()
  }

  /** The "My hardware" library table. */
  get library(): Locator {
    return this.page.getByTestId('inventory-library')
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

  /** A price list's review: "Add to the plan's price book", and the rows it reports. */
  async addPriceList(): Promise<void> {
    await this.page.getByTestId('price-list-add').click()
  }

  get priceListReported(): Locator {
    return this.page.getByTestId('price-list-reported')
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

  /** "n of m accelerators match" above the Hardware step's card list. */
  get hardwareFilterCount(): Locator {
    return this.page.getByTestId('filter-count')
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

  /** Types into a cell (review or grid) and leaves it with Enter, as a person confirms. */
  async typeInCell(cell: Locator, text: string): Promise<void> {
    await cell.fill(text)
    await cell.press('Enter')
  }

  /** A field of the "My hardware" entry whose name is `name`. */
  async libraryCell(name: string, field: string): Promise<Locator> {
    const library = this.library
    await expect.poll(() => this.libraryIdOf(name), { timeout: 15_000 }).not.toBeUndefined()
    const id = await this.libraryIdOf(name)
    return library.getByTestId(`library-${id}-${field}`)
  }

  private async libraryIdOf(name: string): Promise<string | undefined> {
    return this.page
      .getByTestId('inventory-library')
      .locator('input[data-testid$="-name"]')
      .evaluateAll(
        (inputs, wanted) =>
          inputs
            .find((input) => (input as HTMLInputElement).value === wanted)
            ?.getAttribute('data-testid')
            ?.replace(/^library-/, '')
            .replace(/-name$/, ''),
        name
      )
  }

  /** The header's Settings button: letterhead, buyer and supplier, quote defaults. */
  async openSettings(): Promise<void> {
    await this.page.getByTestId('nav-settings').click()
    await expect(this.page.getByTestId('settings-view')).toBeVisible()
  }

  /** One settings field by its form path (`companyName`, `buyer.taxId`, `validityDays`, …). */
  settingsField(path: string): Locator {
    const testId = `settings-${path.replace('.', '-')}`
    return this.page.getByTestId(testId).locator('input, textarea').first()
  }

  /** Types each value into its settings field. */
  async fillSettings(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.settingsField(path).fill(value)
  }

  /** Save on the settings screen, and wait for main's answer. */
  async saveSettings(): Promise<void> {
    await this.page.getByTestId('settings-save').click()
    await expect(this.page.getByTestId('settings-saved')).toBeVisible()
  }

  /** Picks a logo file on the settings screen. */
  async chooseLogo(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('settings-logo-input').setInputFiles(file)
  }

  /** The chosen logo, shown on the settings screen. */
  get logoPreview(): Locator {
    return this.page.getByTestId('settings-logo-preview')
  }

  async removeLogo(): Promise<void> {
    await this.page.getByTestId('settings-logo-remove').click()
  }

  /** Save on the settings screen when a field is wrong: returns the located refusals. */
  async saveSettingsRefused(): Promise<Locator> {
    await this.page.getByTestId('settings-save').click()
    return this.page.getByTestId('settings-problems')
  }

  /** The header's About dialog: returns the version it shows. */
  async openAbout(): Promise<Locator> {
    await this.page.getByTestId('about-open').click()
    return this.page.getByTestId('about-version')
  }

  async closeAbout(): Promise<void> {
    await this.page.getByTestId('about-close').click()
  }

  /** The Quote step's Export (.xlsx): returns where the download was kept. */
  async exportQuote(): Promise<string> {
    await this.goTo('quote')
    const downloadStarted = this.page.waitForEvent('download')
    await this.page.getByTestId('quote-export').click()
    const download = await downloadStarted
    const saved = join(mkdtempSync(join(tmpdir(), 'cp-e2e-quote-')), download.suggestedFilename())
    await download.saveAs(saved)
    return saved
  }
}
