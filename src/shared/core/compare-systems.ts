/**
 * Complete systems in compare mode (issue 14). When the plan buys a group's accelerators as
 * their vendor's complete system (settings.completeSystemByAccelerator, core/complete-system.ts:
 * a DGX or an Atlas 800 quoted as one line, cards inside), every candidate of that group is
 * priced the same way where the catalog sells it as a system — systems × the system price,
 * servers = systems — so the ranking compares like with like. A candidate the catalog sells
 * only as cards is priced as cards + chassis, and its row says so. The planner's own choice
 * for a card (a system yes or no, a named server) always stands.
 */
import type { PlanDocument, PlanSettings } from '../schema/plan'
import type { Catalog, ServerSpec } from './catalog'
import { acceleratorInside, chooseCompleteSystem } from './complete-system'
import { chooseServer, serverMisfit } from './rollup'
import type { Note, ResolvedAccelerator } from './workloads/context'

/** Whether the plan buys any of these accelerators (a group's quoted cards) as a system. */
export function buysCompleteSystems(
  plan: PlanDocument,
  catalog: Catalog,
  accelerators: readonly ResolvedAccelerator[]
): boolean {
  const settings = plan.settings
  return accelerators.some((a) => {
    if (settings.completeSystemByAccelerator?.[a.id] !== true) return false
    return chooseCompleteSystem(chooseServer(catalog, settings, a), a, settings, []) !== undefined
  })
}

/** How a candidate is bought in a group that buys systems: the plan to size it with, and why. */
export interface SystemChoice {
  /** The plan with this card bought as its system (the same plan when nothing changes). */
  plan: PlanDocument
  caution: Note | null
}

/** The server that ships as a complete system with this card: the chosen one, else the first. */
function systemServer(
  catalog: Catalog,
  settings: PlanSettings,
  accelerator: ResolvedAccelerator
): ServerSpec | undefined {
  const chosen = chooseServer(catalog, settings, accelerator)
  const ships = (server: ServerSpec) =>
    server.completeSystem !== undefined && acceleratorInside(server.completeSystem, accelerator)
  if (ships(chosen)) return chosen
  // A server the planner named for this card (or for the whole plan) is their choice.
  const named = settings.serverByAccelerator?.[accelerator.id] ?? settings.server
  if (named !== 'auto' && catalog.servers.has(named)) return undefined
  for (const server of catalog.servers.values())
    if (ships(server) && serverMisfit(server, accelerator) === null) return server
  return undefined
}

/** A candidate card in a group whose quoted cards the plan buys as complete systems. */
export function candidateAsSystem(
  plan: PlanDocument,
  catalog: Catalog,
  accelerator: ResolvedAccelerator
): SystemChoice {
  const settings = plan.settings
  // The planner said yes or no for this very card: that holds, as on Results.
  if (settings.completeSystemByAccelerator?.[accelerator.id] !== undefined)
    return { plan, caution: null }
  const server = systemServer(catalog, settings, accelerator)
  const system = server?.completeSystem
  if (!server || !system)
    return {
      plan,
      caution: {
        key: 'compare.cautions.noCompleteSystem',
        params: { accelerator: accelerator.spec.name }
      }
    }
  const asSystem: PlanSettings = {
    ...settings,
    serverByAccelerator: { ...settings.serverByAccelerator, [accelerator.id]: server.id },
    completeSystemByAccelerator: {
      ...settings.completeSystemByAccelerator,
      [accelerator.id]: true
    }
  }
  return {
    plan: { ...plan, settings: asSystem },
    caution: { key: 'compare.cautions.asCompleteSystem', params: { system: system.name } }
  }
}
