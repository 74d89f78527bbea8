/** PlannerPage's compare mode: the Hardware step's toggle and Results' comparison of cards. */
import type { Download, Locator } from '@playwright/test'
import { DerivationArea } from './derivation'

export class CompareArea extends DerivationArea {
  /** The Hardware step's "Compare candidates" switch. */
  async toggleCompare(): Promise<void> {
    await this.page.getByTestId('compare-toggle').click()
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

  /** The comparison's recommendation, and the note on the candidates it could not rank. */
  get comparisonRecommendation(): Locator {
    return this.comparisonPanel.getByTestId('group-recommendation')
  }

  get comparisonNotRanked(): Locator {
    return this.comparisonPanel.getByTestId('group-not-ranked')
  }

  /** The candidates pinned side by side, for one workload id. */
  pinnedComparison(workloadId: string): Locator {
    return this.comparisonPanel.getByTestId(`pinned-workload:${workloadId}`)
  }

  /** The comparison table as CSV: returns the download. */
  async exportComparisonCsv(): Promise<Download> {
    return this.downloadFrom(this.comparisonPanel.getByTestId('export-comparison-csv'))
  }

  /** The comparison report as PDF (slow to print: up to 2 minutes): returns the download. */
  async exportComparisonReport(): Promise<Download> {
    return this.downloadFrom(this.comparisonPanel.getByTestId('export-report'), 120_000)
  }
}
