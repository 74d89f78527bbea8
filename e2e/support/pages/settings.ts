/** PlannerPage's settings screen: letterhead, buyer and supplier, quote defaults, logo. */
import { expect, type Locator } from '@playwright/test'
import { HeaderArea } from './header'

export class SettingsArea extends HeaderArea {
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

  /** Save on the settings screen when a field is wrong: returns the located refusals. */
  async saveSettingsRefused(): Promise<Locator> {
    await this.page.getByTestId('settings-save').click()
    return this.page.getByTestId('settings-problems')
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
}
