/** PlannerPage's Workloads step: adding workloads, their fields, schedules and assumptions. */
import { expect, type Locator } from '@playwright/test'
import { ScenarioArea } from './scenario'

/** A workload kind, as the "+ …" buttons name it (schema/plan.ts `WORKLOAD_KINDS`). */
export type WorkloadKind =
  | 'llm-inference'
  | 'llm-training'
  | 'vision-training'
  | 'video-analytics'
  | 'custom'
  | 'llm-finetuning'

export class WorkloadsArea extends ScenarioArea {
  async addWorkload(kind: WorkloadKind): Promise<void> {
    await this.page.getByTestId(`add-${kind}`).click()
  }

  /** What the Workloads step shows while the plan has no workload. */
  get noWorkloads(): Locator {
    return this.page.getByTestId('workloads-empty')
  }

  /** Workload `index`'s item in the accordion (shown folded or open). */
  workload(index: number): Locator {
    return this.page.getByTestId(`workload-${index}`)
  }

  /** Workload `index`'s form, shown while its accordion item is open. */
  workloadForm(index: number): Locator {
    return this.page.getByTestId(`workload-form-${index}`)
  }

  /** Opens workload `index` in the accordion (a newly added workload may be folded). */
  async expandWorkload(index: number): Promise<void> {
    // The item's own open state, not its form's visibility: a form that is folding away (the
    // accordion just opened a newly added workload) is still visible during the animation,
    // and reading it as open left the wizard spec waiting for a field that never came.
    const item = this.workload(index)
    const open = await item.evaluate((element) =>
      element.classList.contains('n-collapse-item--active')
    )
    if (!open) await item.locator('.n-collapse-item__header').first().click()
    await expect(item).toHaveClass(/n-collapse-item--active/)
    await expect(this.workloadForm(index)).toBeVisible()
  }

  /** Types a workload's name. */
  async nameWorkload(index: number, name: string): Promise<void> {
    await this.expandWorkload(index)
    const input = this.page.getByTestId(`wl-${index}-name`).locator('input')
    await input.fill(name)
    await input.blur()
  }

  /** A number of workload `index`'s schedule (ScheduleField.vue), typed and left. */
  async setSchedule(index: number, field: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`wl-${index}-schedule-${field}`).locator('input')
    await input.fill(value)
    await input.blur()
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

  /** Sizes a training-like workload by a number of cards or by a deadline. */
  async sizeBy(index: number, by: 'accelerators' | 'days'): Promise<void> {
    await this.page.getByTestId(`wl-${index}-sizing-${by}`).click()
  }

  /** Picks an option of a workload's select field (`wl-0-framework` → "vLLM"). */
  async pickWorkloadOption(index: number, field: string, text: string, exact = false) {
    await this.pickOption(`wl-${index}-${field}-select`, text, exact)
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

  /** Workload `index`'s row for assumption `id` (low / typical / high and its message). */
  assumptionRow(index: number, id: string): Locator {
    return this.page.getByTestId(`assumption-${index}-${id}`)
  }

  /** One end of an assumption's range, or its message (`low`, `typical`, `high`, `error`). */
  assumptionPart(index: number, id: string, part: 'low' | 'typical' | 'high' | 'error'): Locator {
    const cell = this.page.getByTestId(`assumption-${index}-${id}-${part}`)
    return part === 'error' ? cell : cell.locator('input')
  }
}
