/** PlannerPage's Hardware step: each workload's card, cards entered by hand, complete systems. */
import type { Locator } from '@playwright/test'
import { CalibrationArea } from './calibration'

export class HardwareArea extends CalibrationArea {
  /** The card picker of workload `index` on the Hardware step. */
  hardwareSelect(index: number): Locator {
    return this.page.getByTestId(`hw-${index}-select`)
  }

  /** The chosen card's figures under the picker. */
  hardwareSpec(index: number): Locator {
    return this.page.getByTestId(`hw-${index}-spec`)
  }

  /** "n of m accelerators match" above the Hardware step's card list. */
  get hardwareFilterCount(): Locator {
    return this.page.getByTestId('filter-count')
  }

  /** A field of "enter a card by hand" (`vendor`, `name`, `memoryGB`, …). */
  customAcceleratorField(field: string): Locator {
    return this.page.getByTestId(`custom-${field}`)
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
      this.customAcceleratorField(field).locator('input').fill(value)
    await fill('vendor', card.vendor)
    await fill('name', card.name)
    for (const [field, value] of Object.entries(card.figures)) await fill(field, value)
    if (card.allFigures) {
      await this.customAcceleratorField('more').getByText('All figures').click()
      for (const [field, value] of Object.entries(card.allFigures)) await fill(field, value)
    }
    await this.submitCustomAccelerator()
  }

  /** "Add" under the hand-entered card (again, after a refusal). */
  async submitCustomAccelerator(): Promise<void> {
    await this.customAcceleratorField('add').click()
  }

  /** The server card's choice, per accelerator sold as a complete system: cards or systems. */
  get completeSystemChoice(): Locator {
    return this.page.getByTestId('complete-system-choice')
  }

  /** Picks, for one accelerator, the option labelled `label` ("Complete systems (…)", …). */
  async chooseCompleteSystem(acceleratorId: string, label: string): Promise<void> {
    await this.page.getByTestId(`complete-system-${acceleratorId}`).getByText(label).click()
  }
}
