/** Library entries the "My hardware" tests share (library-history, inventory-library). */
import type { LibraryEntry } from '@shared/schema/inventory'

/** An accelerator as the planner's library keeps it, without a catalog link. */
export const H20_ENTRY: LibraryEntry = {
  id: 'acc-h20',
  kind: 'accelerator',
  vendor: 'NVIDIA',
  name: 'H20',
  memoryGB: 96,
  quantityOnHand: 8
}
