import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import type { INVENTORY_CHANNELS } from '@shared/ipc/channels/inventory'

type InventoryHandlers = Pick<
  Handlers,
  (typeof INVENTORY_CHANNELS)[keyof typeof INVENTORY_CHANNELS]
>

/** Handlers of the 'inventory' channels. */
export function createInventoryHandlers(options: ServiceOptions): InventoryHandlers {
  void options
  return {}
}
