/**
 * The planner as a page object (like Heynote's HeynotePage): specs say what a person does
 * ("add a video workload", "use the library in the plan", "save") instead of repeating
 * test ids. Each method waits for what the person would wait for.
 *
 * This file is the one entry point: specs import `PlannerPage` (and its helpers) from here
 * only. The methods live by area under ./pages/, each area a class extending the one before,
 * so PlannerPage has them all on one object:
 *
 *   base (steps, generic controls, files) → header → settings → scenario → workloads →
 *   calibration → hardware → costs → results → derivation → compare → quote → inventory
 *
 * An area may use the methods of the areas before it (setPrice goes to Costs with base's goTo).
 */
import { InventoryArea } from './pages/inventory'

export { firstNumber, type WizardStep } from './pages/base'
export type { WorkloadKind } from './pages/workloads'

export class PlannerPage extends InventoryArea {}
