import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InventoryError } from '../../../src/main/services/inventory/issues'

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'inventory')

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name))
}

/** Runs `action` and returns the InventoryError it throws (fails the test otherwise). */
export async function inventoryError(action: () => Promise<unknown>): Promise<InventoryError> {
  try {
    await action()
  } catch (error) {
    if (error instanceof InventoryError) return error
    throw error
  }
  throw new Error('expected an InventoryError')
}
