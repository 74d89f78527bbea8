/** The words a spec field is called by on screen: the column labels of the inventory catalogue. */
import type { SpecField } from '@shared/inventory/spec-fields'

export function specLabel(field: SpecField, t: (key: string) => string): string {
  return field === 'taxIncluded' ? t('inventoryReview.taxIncluded') : t(`inventory.fields.${field}`)
}
