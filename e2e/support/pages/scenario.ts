/** PlannerPage's Scenario step: a blank plan, a template, the recent plans. */
import { expect, type Locator } from '@playwright/test'
import { SettingsArea } from './settings'

export class ScenarioArea extends SettingsArea {
  /** The Scenario step, as the planner opens on it. */
  async expectOnScenario(): Promise<void> {
    await expect(this.step('scenario')).toBeVisible()
  }

  async startBlank(name = ''): Promise<void> {
    await this.stepNav('scenario').click()
    if (name) await this.page.getByTestId('blank-name').locator('input').fill(name)
    await this.page.getByTestId('start-blank').click()
  }

  /** The Scenario step's template `id`; a plan with changes asks first, and the test agrees. */
  async useTemplate(id: string): Promise<void> {
    await this.stepNav('scenario').click()
    await this.page.getByTestId(`use-template-${id}`).click()
    const confirm = this.page.locator('.n-popconfirm .n-button--primary-type')
    if (await confirm.isVisible().catch(() => false)) await confirm.click()
    await expect(this.step('workloads')).toBeVisible()
  }

  /** "The plan you have open" on the Scenario step, with its name. */
  get currentPlan(): Locator {
    return this.page.getByTestId('current-plan')
  }

  /** The Scenario step's list of recently saved plans (absent when there are none). */
  get recentPlans(): Locator {
    return this.page.getByTestId('recent-plans')
  }

  /** The recent plan whose entry shows `name`; clicking it opens the plan. */
  recentPlan(name: string): Locator {
    return this.recentPlans.getByTestId('recent-plan').filter({ hasText: name })
  }

  /** "Clear" under the recent plans. */
  async clearRecentPlans(): Promise<void> {
    await this.recentPlans.getByTestId('recent-clear').click()
  }
}
