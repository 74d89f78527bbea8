/**
 * The Inventory view (views/inventory/InventoryView.vue): the import card above "My hardware",
 * one banner for what either reports (the newest message wins; closing or a cleared message
 * hides it), and a committed import reloads the library from main.
 *
 * InventoryImport is stubbed by a component that only emits (inventory-import.test.ts tests
 * the import); InventoryLibrary is real, so the reload is seen as main's list shown again.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, type ComponentPublicInstance } from 'vue'
import { NAlert } from 'naive-ui'
import InventoryView from '@renderer/views/inventory/InventoryView.vue'
import InventoryLibrary from '@renderer/views/inventory/InventoryLibrary.vue'
import type { LibraryEntry } from '@shared/schema/inventory'
import type { InventoryMessage } from '@renderer/views/inventory/messages'
import { H20_ENTRY } from './library-entries'
import { mountView, requestsOn, unmountViews } from './view-harness'

afterEach(unmountViews)

const ImportStub = defineComponent({
  name: 'InventoryImport',
  emits: ['message', 'committed'],
  render: () => h('section', { 'data-testid': 'import-stub' })
})

/** main's library: empty until the test adds to it (as a commit does). */
async function mountInventory() {
  const library: LibraryEntry[] = []
  const { wrapper, context } = await mountView(InventoryView, {
    respond: (channel) => (channel === 'inventory.list' ? { entries: [...library] } : null),
    stubs: { InventoryImport: ImportStub }
  })
  return { wrapper, context, library }
}

const importer = (wrapper: VueWrapper) => wrapper.findComponent(ImportStub)
const banner = (wrapper: VueWrapper) => wrapper.findComponent(NAlert)

/** `from` (a card) reports `message`, as the cards do. */
async function say(from: { vm: ComponentPublicInstance }, message: InventoryMessage | null) {
  from.vm.$emit('message', message)
  await flushPromises()
}

describe('InventoryView', () => {
  it('shows the import card above the library, and no banner until one of them reports', async () => {
    const { wrapper, context } = await mountInventory()
    const html = wrapper.html()
    expect(html.indexOf('import-stub')).toBeGreaterThan(-1)
    expect(html.indexOf('import-stub')).toBeLessThan(html.indexOf('My hardware'))
    expect(requestsOn(context, 'inventory.list')).toHaveLength(1)
    expect(banner(wrapper).exists()).toBe(false)
  })

  it('shows what either card reports in one banner, the newest one, of its kind', async () => {
    const { wrapper } = await mountInventory()
    await say(importer(wrapper), { type: 'error', text: 'The file cards.csv is empty.' })
    expect(banner(wrapper).props('type')).toBe('error')
    expect(banner(wrapper).text()).toBe('The file cards.csv is empty.')

    await say(wrapper.findComponent(InventoryLibrary), { type: 'success', text: 'Saved.' })
    expect(wrapper.findAllComponents(NAlert)).toHaveLength(1)
    expect(banner(wrapper).props('type')).toBe('success')
    expect(banner(wrapper).text()).toBe('Saved.')

    // The import clears the banner when it starts reading a file (it emits null).
    await say(importer(wrapper), null)
    expect(banner(wrapper).exists()).toBe(false)
  })

  it('closing the banner hides it', async () => {
    const { wrapper } = await mountInventory()
    await say(importer(wrapper), { type: 'warning', text: 'The import was cancelled.' })
    await wrapper.get('.n-alert__close').trigger('click')
    await flushPromises()
    expect(banner(wrapper).exists()).toBe(false)
  })

  it('a committed import reloads the library from main and shows what was added', async () => {
    const { wrapper, context, library } = await mountInventory()
    expect(wrapper.text()).toContain('No hardware yet')
    library.push(H20_ENTRY)
    importer(wrapper).vm.$emit('committed')
    await flushPromises()
    expect(requestsOn(context, 'inventory.list')).toHaveLength(2)
    expect(wrapper.findAll('[data-entry]').map((row) => row.attributes('data-entry'))).toEqual([
      'acc-h20'
    ])
  })
})
