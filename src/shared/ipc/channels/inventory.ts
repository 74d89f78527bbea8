/**
 * Channel names of the 'inventory' area (method name → channel). Dependency-free: bundled into the preload.
 * Imports run as jobs (start → poll progress → result, or cancel) so both transports behave alike.
 */
export const INVENTORY_CHANNELS = {
  /** Sheets, detected header row, column mapping with confidences, and a preview. */
  inventoryInspect: 'inventory.inspect',
  inventoryImportStart: 'inventory.importStart',
  inventoryImportProgress: 'inventory.importProgress',
  /** The finished import's report and a page of its rows. */
  inventoryImportResult: 'inventory.importResult',
  inventoryImportCancel: 'inventory.importCancel',
  /** Merge a finished import into the user library with per-row catalog decisions. */
  inventoryCommit: 'inventory.commit',
  inventoryList: 'inventory.list',
  /** Replace the user library (add/edit/delete in the Inventory view). */
  inventorySave: 'inventory.save',
  /** The library (or given entries) as an .xlsx file. */
  inventoryExport: 'inventory.export'
} as const
