/**
 * The accelerator and server behind each roll-up group, with their specs and sources, for
 * the Hardware sheet. Ids are resolved the way the core resolves them: `inline:<workload>`
 * is the workload's own accelerator object, then the plan's inventory, then the catalog.
 */
import { defaultCatalog, type AcceleratorGroup, type Catalog, type ServerSpec } from '@shared/core'
import type { AcceleratorSpec, PlanDocument } from '@shared/schema/plan'

export interface HardwareGroup {
  group: AcceleratorGroup
  accelerator: {
    id: string
    origin: 'catalog' | 'inventory' | 'inline'
    spec: AcceleratorSpec | undefined
  }
  server: ServerSpec | undefined
}

function acceleratorSpec(
  id: string,
  plan: PlanDocument,
  catalog: Catalog
): HardwareGroup['accelerator'] {
  if (id.startsWith('inline:')) {
    const workload = plan.workloads.find((w) => w.id === id.slice('inline:'.length))
    const spec =
      workload && typeof workload.accelerator !== 'string' ? workload.accelerator : undefined
    return { id, origin: 'inline', spec }
  }
  const own = plan.inventory?.find((entry) => entry.id === id)
  if (own) {
    const { id: _id, quantityOnHand: _onHand, ...spec } = own
    return { id, origin: 'inventory', spec }
  }
  const entry = catalog.accelerators.get(id)
  if (!entry) return { id, origin: 'catalog', spec: undefined }
  const { id: _catalogId, ...spec } = entry
  return { id, origin: 'catalog', spec }
}

export function hardwareGroups(
  plan: PlanDocument,
  groups: readonly AcceleratorGroup[],
  catalog = defaultCatalog()
): HardwareGroup[] {
  return groups.map((group) => ({
    group,
    accelerator: acceleratorSpec(group.acceleratorId, plan, catalog),
    server: catalog.servers.get(group.server.id)
  }))
}
