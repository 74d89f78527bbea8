/** The accelerators a workload can run on (catalog + the plan's own), with their labels. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePlanStore } from '../../../stores/plan'
import { useCatalogStore } from '../../../stores/catalog'
import { useFormat } from '../../../composables/useFormat'
import { acceleratorChoices, type AcceleratorChoice } from '../../../lib/accelerators'
import { useUiStore } from '../../../stores/ui'

export function useAcceleratorChoices() {
  const { t } = useI18n()
  const planStore = usePlanStore()
  const catalog = useCatalogStore()
  const format = useFormat()
  const ui = useUiStore()

  const choices = computed(() =>
    acceleratorChoices(catalog.accelerators, planStore.plan.inventory, planStore.plan.priceBook)
  )

  function choiceLabel(choice: AcceleratorChoice): string {
    const memory = choice.memoryGB ? ` · ${format.withUnit(choice.memoryGB, 'GB')}` : ''
    const own =
      choice.origin === 'inventory'
        ? ` · ${t('wizard.hardware.inInventory', { count: choice.quantityOnHand ?? 0 })}`
        : ''
    const price = choice.priceKnown ? '' : ` · ${t('wizard.hardware.noPrice')}`
    // In Chinese the vendor's own name (昇腾 910B, 寒武纪 思元590) already says who makes it.
    const name =
      ui.locale === 'zh-CN' && choice.nameZh !== undefined
        ? choice.nameZh
        : `${choice.vendor} ${choice.name}`
    return `${name}${memory}${own}${price}`
  }

  return { choices, choiceLabel }
}
