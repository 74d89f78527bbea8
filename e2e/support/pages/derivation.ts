/** PlannerPage's derivation panel: how a number was worked out, its inputs, drill-down. */
import { expect, type Locator } from '@playwright/test'
import { ResultsArea } from './results'

export class DerivationArea extends ResultsArea {
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

  /** In the open derivation drawer, follows the input `stepId` to its own derivation. */
  async drillTo(stepId: string): Promise<Locator> {
    await this.page.getByTestId(`drill-${stepId}`).click()
    const value = this.derivationPart('value')
    await expect(value).toBeVisible()
    return value
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
}
