/**
 * PlannerPage's header: the plan's name and unsaved mark, the recalculation status, language,
 * theme, number grouping and the About dialog.
 */
import { expect, type Locator } from '@playwright/test'
import { PlannerBase } from './base'

export class HeaderArea extends PlannerBase {
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

  /** The dot beside the plan's name while it has unsaved changes. */
  get unsavedMark(): Locator {
    return this.page.getByTestId('dirty-indicator')
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

  /** The header's language menu ('English' / '简体中文'). */
  async setLanguage(label: 'English' | '简体中文'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption({ label })
  }

  /** The header's number grouping ('万 / 亿', …). */
  async setGrouping(label: string): Promise<void> {
    await this.page.getByTestId('grouping-select').selectOption({ label })
  }

  /** The header's theme menu, by theme. */
  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId('theme-select').selectOption(theme)
  }

  /** The header's theme menu, by the label a person reads in the current language. */
  async setThemeByLabel(label: string): Promise<void> {
    await this.page.getByTestId('theme-select').selectOption({ label })
  }

  /** The header's About dialog: returns the version it shows. */
  async openAbout(): Promise<Locator> {
    await this.page.getByTestId('about-open').click()
    return this.page.getByTestId('about-version')
  }

  async closeAbout(): Promise<void> {
    await this.page.getByTestId('about-close').click()
  }
}
