/**
 * PlannerPage's Results step: the summary, each workload's card and figures, the charts, the
 * compute fabric and the per-accelerator breakdown.
 */
import { expect, type Locator } from '@playwright/test'
import { firstNumber } from './base'
import { CostsArea } from './costs'

export class ResultsArea extends CostsArea {
  /** Results for the plan as it is now (generous: the machines this runs on are shared). */
  async expectResultsCurrent(): Promise<void> {
    await this.stepNav('results').click()
    await expect(this.resultsCurrent).toBeVisible({ timeout: 30_000 })
  }

  /** "Up to date" on Results: the figures shown are for the plan as it is now. */
  get resultsCurrent(): Locator {
    return this.page.getByTestId('results-current')
  }

  /** What Results shows for a plan with no workload. */
  get noResults(): Locator {
    return this.page.getByTestId('results-empty')
  }

  /** The located problems Results lists instead of figures when the core refuses the plan. */
  get resultsIssues(): Locator {
    return this.page.getByTestId('results-issues')
  }

  /** Results' "Recalculate": returns the count of workloads estimated, shown once it answers. */
  async recalculate(): Promise<Locator> {
    await this.page.getByTestId('estimate').click()
    return this.page.getByTestId('estimate-count')
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

  /** The low–high range under a workload's figure ("range 198 to 282"). */
  range(index: number, name: string): Locator {
    return this.page.getByTestId(`range-${index}-${name}`)
  }

  /** Workload `index`'s card on Results. */
  resultCard(index: number): Locator {
    return this.page.getByTestId(`result-card-${index}`)
  }

  /** A line of a serving workload's card: its split, scale-up domain or memory per card. */
  servingDetail(index: number, detail: 'split' | 'scale-up' | 'card-memory'): Locator {
    return this.page.getByTestId(`${detail}-${index}`)
  }

  /** The Results summary (totals over every workload). */
  get summary(): Locator {
    return this.page.getByTestId('summary')
  }

  /** One total of the summary, by its field (`energyMWhPerYear`, …); it explains itself. */
  summaryTotal(field: string): Locator {
    return this.page.getByTestId(`total-${field}`)
  }

  /** The summary's total of accelerators on Results. */
  get totalAccelerators(): Locator {
    return this.summaryTotal('accelerators')
  }

  /** The summary's total of servers on Results. */
  get totalServers(): Locator {
    return this.summaryTotal('servers')
  }

  /** The summary's capital cost. */
  get totalCapex(): Locator {
    return this.summaryTotal('capex')
  }

  /** A chart on Results (`cost`, `memory`, `scaling`, `sensitivity`). */
  chart(name: string): Locator {
    return this.page.getByTestId(`chart-${name}`)
  }

  /** The ★ line under the cost chart: the card it recommends, and why. */
  get costRecommendation(): Locator {
    return this.page.getByTestId('recommendation')
  }

  /** The action beside a training "does not fit" warning that enters the layout it names. */
  get useLayout(): Locator {
    return this.page.getByTestId('use-layout')
  }

  /** The note under the sensitivity chart naming the assumptions that do not move the answer. */
  get sensitivityStill(): Locator {
    return this.page.getByTestId('sensitivity-still')
  }

  /** What stands for the sensitivity chart when no assumption's range moves the answer. */
  get sensitivityFlat(): Locator {
    return this.page.getByTestId('sensitivity-flat')
  }

  /** The compute fabric figure on Results. */
  get fabric(): Locator {
    return this.page.getByTestId('fabric-topology')
  }

  /**
   * A count in the fabric figure (`leaves`, `spines`, `cores`, or `switchPorts` when every rail
   * is on one switch): a button that explains it.
   */
  fabricCount(tier: 'leaves' | 'spines' | 'cores' | 'switchPorts'): Locator {
    return this.fabric.getByTestId(`fabric-count-${tier}`)
  }

  /** The per-accelerator breakdown on Results, and its total. */
  get acceleratorBreakdown(): Locator {
    return this.page.getByTestId('accelerator-breakdown')
  }

  /** One accelerator's row of the breakdown: the pool of every workload on that card. */
  acceleratorGroup(acceleratorId: string): Locator {
    return this.page.getByTestId(`by-accelerator-row-${acceleratorId}`)
  }

  /** A cell of an accelerator's row (`peaks` is the sum of peaks, and explains itself). */
  acceleratorGroupCell(
    acceleratorId: string,
    cell: 'cards' | 'peaks' | 'servers' | 'server-model' | 'kw' | 'capex'
  ): Locator {
    return this.acceleratorGroup(acceleratorId).getByTestId(`by-accelerator-${cell}`)
  }

  /** The breakdown's total row. */
  get acceleratorBreakdownTotal(): Locator {
    return this.acceleratorBreakdown.getByTestId('by-accelerator-total')
  }
}
