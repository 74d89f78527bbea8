/** PlannerPage's Costs step: the price book of every part, and the PUE. */
import type { Locator } from '@playwright/test'
import { HardwareArea } from './hardware'

export class CostsArea extends HardwareArea {
  /** "Your price for …" on the Costs step, for one accelerator id. */
  async setPrice(acceleratorId: string, amount: string): Promise<void> {
    await this.goTo('costs')
    const input = this.priceInput(acceleratorId)
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
}
