/**
 * The first link of PlannerPage (../planner-page.ts): the page itself, moving between steps,
 * the generic controls (number fields, selects, grid cells) and the files a person saves,
 * opens or drops. Every area's methods build on these.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** A wizard step, by its route name (renderer/src/router.ts `WIZARD_STEPS`). */
export type WizardStep = 'scenario' | 'workloads' | 'hardware' | 'costs' | 'results' | 'quote'

/** Reads the first number in a text ("20.48 PFLOPS" → 20.48, "20,480" → 20480). */
export function firstNumber(text: string): number {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\u00a0/g, ' '))
  return match ? Number(match[0].replace(/,/g, '')) : NaN
}

const shortcut = (key: string) => `${process.platform === 'darwin' ? 'Meta' : 'Control'}+${key}`

/** Keeps a download in a fresh temporary folder, under the name the app gave it. */
async function keep(download: Download, prefix: string): Promise<string> {
  const saved = join(mkdtempSync(join(tmpdir(), prefix)), download.suggestedFilename())
  await download.saveAs(saved)
  return saved
}

export class PlannerBase {
  constructor(readonly page: Page) {}

  private leavesWithoutAsking = false

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    // Leaving a page with unsaved changes asks (beforeunload); the tests always leave.
    if (!this.leavesWithoutAsking) this.page.on('dialog', (dialog) => void dialog.accept())
    this.leavesWithoutAsking = true
  }

  async goTo(step: WizardStep): Promise<void> {
    await this.stepNav(step).click()
    await expect(this.step(step)).toBeVisible()
  }

  /** Goes to a step with the keyboard: focus its header, press Enter. */
  async goToByKeyboard(step: WizardStep): Promise<void> {
    await this.stepNav(step).focus()
    await this.page.keyboard.press('Enter')
    await expect(this.step(step)).toBeVisible()
  }

  /** A step's page (`step-results`, …), to read or screenshot. */
  step(step: WizardStep): Locator {
    return this.page.getByTestId(`step-${step}`)
  }

  /** A step's header in the list of steps (what `goTo` clicks). */
  stepNav(step: WizardStep): Locator {
    return this.page.getByTestId(`nav-${step}`)
  }

  /** "Next" under the current step. */
  async nextStep(): Promise<void> {
    await this.page.getByTestId('wizard-next').click()
  }

  /** Types a number into a NumberField (its test id without `-input`) and leaves it. */
  async fillNumber(testid: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`${testid}-input`).locator('input')
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

  /**
   * Opens a select (by its test id, or its form item's) and clicks the option with `text` in
   * the list as it opens, without typing to filter it.
   */
  async pickOption(testid: string, text: string, exact = false): Promise<void> {
    await this.page.getByTestId(testid).locator('.n-base-selection').first().click()
    await this.page.locator('.n-base-select-option').getByText(text, { exact }).click()
  }

  /** Types into a cell (review or grid) and leaves it with Enter, as a person confirms. */
  async typeInCell(cell: Locator, text: string): Promise<void> {
    await cell.fill(text)
    await cell.press('Enter')
  }

  /** The page fits its width: nothing scrolls sideways (`what` names the screen in a failure). */
  async expectNoSidewaysScroll(what: string): Promise<void> {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0)
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

  /** What the window says a file dragged over it will become (plan, inventory import, …). */
  get dropOverlay(): Locator {
    return this.page.getByTestId('drop-overlay')
  }

  /** Ctrl+S: the browser host downloads the plan; returns where the test kept it. */
  async save(): Promise<string> {
    const downloadStarted = this.page.waitForEvent('download')
    await this.page.keyboard.press(shortcut('s'))
    return keep(await downloadStarted, 'cp-e2e-plan-')
  }

  /** Ctrl+O with a file: a path, or the file's name, type and bytes. */
  async openFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooserOpened = this.page.waitForEvent('filechooser')
    await this.page.keyboard.press(shortcut('o'))
    await (await chooserOpened).setFiles(file)
  }

  /** Ctrl+O with a plan document written as `<name>.cplan` (the title then reads `<name> — …`). */
  async openPlan(name: string, plan: object): Promise<void> {
    await this.openFile({
      name: `${name}.cplan`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan))
    })
  }

  /** Clicks `button` and returns the download it starts (to read its name and bytes). */
  protected async downloadFrom(button: Locator, timeout?: number): Promise<Download> {
    const downloadStarted = this.page.waitForEvent('download', timeout ? { timeout } : undefined)
    await button.click()
    return downloadStarted
  }

  /** Clicks `button` and keeps the download it starts; returns where. */
  protected async keepDownloadFrom(button: Locator, prefix: string): Promise<string> {
    return keep(await this.downloadFrom(button), prefix)
  }
}
