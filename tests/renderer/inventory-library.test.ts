/**
 * "My hardware" (views/inventory/InventoryLibrary.vue): the library main keeps (inventory.list),
 * listed sorted and filtered, windowed; a row deleted or renamed in place (undo is the safety
 * net, there is no confirmation dialog); Save and "Use in plan"; the empty state and a failed
 * read said in words, in en and zh-CN.
 *
 * SpecCell and library-history have their own tests; here they are real, so an edit travels
 * the way the planner makes it.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import InventoryLibrary from '@renderer/views/inventory/InventoryLibrary.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import type { ApiErrorBody } from '@shared/ipc/envelope'
import type { LibraryEntry } from '@shared/schema/inventory'
import { H20_ENTRY } from './library-entries'
import { mountView, requestsOn, unmountViews } from './view-harness'

afterEach(unmountViews)

const h20 = H20_ENTRY
const ascend: LibraryEntry = {
  id: 'acc-910b',
  kind: 'accelerator',
  vendor: 'Huawei',
  name: 'Ascend 910B',
  memoryGB: 64,
  quantityOnHand: 16
}
const server: LibraryEntry = {
  id: 'srv-nf5688',
  kind: 'server',
  vendor: 'Inspur',
  name: 'NF5688',
  acceleratorsPerServer: 8,
  acceleratorName: 'H20'
}

async function mountLibrary(
  entries: LibraryEntry[],
  options: {
    locale?: 'zh-CN'
    fail?: Record<string, ApiErrorBody>
    stubs?: Record<string, boolean>
  } = {}
) {
  const { wrapper, context } = await mountView(InventoryLibrary, {
    ...options,
    respond: (channel) => (channel === 'inventory.list' ? { entries } : null),
    before: ({ pinia }) => usePlanStore(pinia).load(createBlankPlan('p'))
  })
  return { wrapper, context, plan: usePlanStore(context.pinia) }
}

/** The ids of the rows in the DOM, top to bottom. */
const rows = (wrapper: VueWrapper) =>
  wrapper.findAll('[data-entry]').map((row) => row.attributes('data-entry'))
const messages = (wrapper: VueWrapper) => wrapper.emitted('message') ?? []

async function click(wrapper: VueWrapper, selector: string, text?: string): Promise<void> {
  const found = wrapper.findAll(selector).filter((el) => text === undefined || el.text() === text)
  expect(found).toHaveLength(1)
  await found[0].trigger('click')
  await flushPromises()
}

async function filter(wrapper: VueWrapper, text: string): Promise<void> {
  await wrapper.get('input[placeholder="Filter"]').setValue(text)
  await flushPromises()
}

describe('InventoryLibrary', () => {
  it('says there is no hardware yet when main’s library is empty, in en and zh-CN', async () => {
    const en = await mountLibrary([])
    expect(en.wrapper.text()).toContain('No hardware yet: import a spreadsheet or add a row.')
    expect(en.wrapper.find('[data-testid="inventory-library"]').exists()).toBe(false)
    unmountViews()
    const zh = await mountLibrary([], { locale: 'zh-CN' })
    expect(zh.wrapper.text()).toContain('我的硬件')
    expect(zh.wrapper.text()).toContain('还没有硬件：请导入表格或添加一行。')
  })

  it('lists main’s entries by name, A to Z, ignoring case', async () => {
    const { wrapper, context } = await mountLibrary([h20, server, ascend])
    expect(requestsOn(context, 'inventory.list')).toHaveLength(1)
    // 'ascend 910b' < 'h20' < 'nf5688'
    expect(rows(wrapper)).toEqual(['acc-910b', 'acc-h20', 'srv-nf5688'])
    const name = wrapper.get<HTMLInputElement>('input[data-testid="library-acc-h20-name"]')
    expect(name.element.value).toBe('H20')
  })

  it('sorts by a column’s header, again for the other way; an empty figure sorts first', async () => {
    const { wrapper } = await mountLibrary([h20, server, ascend])
    await click(wrapper, '.table-head button', 'Memory (GB)')
    // The server has no memory (sorts as −1), then 64, then 96.
    expect(rows(wrapper)).toEqual(['srv-nf5688', 'acc-910b', 'acc-h20'])
    await click(wrapper, '.table-head button', 'Memory (GB)')
    expect(rows(wrapper)).toEqual(['acc-h20', 'acc-910b', 'srv-nf5688'])
  })

  it('filters on vendor and name together, ignoring case', async () => {
    const { wrapper } = await mountLibrary([h20, server, ascend])
    await filter(wrapper, 'nvidia') // the vendor
    expect(rows(wrapper)).toEqual(['acc-h20'])
    await filter(wrapper, 'INSPUR NF') // "vendor name" as one text
    expect(rows(wrapper)).toEqual(['srv-nf5688'])
    await filter(wrapper, '  ')
    expect(rows(wrapper)).toEqual(['acc-910b', 'acc-h20', 'srv-nf5688'])
  })

  it('puts only the rows in view in the DOM, and moves them with the scroll', async () => {
    const many = Array.from({ length: 100 }, (_, index) => ({
      ...h20,
      id: `acc-${index}`,
      name: `Card ${String(index).padStart(3, '0')}`
    }))
    // Sixteen rows of real cells are slow to mount; the cells are stubbed, the rows are not.
    const { wrapper } = await mountLibrary(many, { stubs: { SpecCell: true } })
    // 12 rows in view + 4 spare = 16 rows, from the top.
    expect(rows(wrapper)).toEqual(Array.from({ length: 16 }, (_, index) => `acc-${index}`))
    const viewport = wrapper.get('[data-testid="inventory-library"]')
    ;(viewport.element as HTMLElement).scrollTop = 400
    await viewport.trigger('scroll')
    // 400 px ÷ 40 px a row = row 10; two rows above it are kept: rows 8 to 23.
    expect(rows(wrapper)).toEqual(Array.from({ length: 16 }, (_, index) => `acc-${index + 8}`))
  })

  it('deletes a row at once (Undo brings it back) and saves the library without it', async () => {
    const { wrapper, context } = await mountLibrary([h20, ascend])
    await click(wrapper, '[data-entry="acc-h20"] button', 'Delete')
    expect(rows(wrapper)).toEqual(['acc-910b'])
    expect(wrapper.text()).toContain('Unsaved changes')
    await click(wrapper, '[data-testid="library-undo"]')
    expect(rows(wrapper)).toEqual(['acc-910b', 'acc-h20'])
    await click(wrapper, '[data-testid="library-redo"]')
    expect(rows(wrapper)).toEqual(['acc-910b'])
    await click(wrapper, '[data-testid="library-save"]')
    expect(requestsOn(context, 'inventory.save')).toEqual([{ entries: [ascend] }])
    expect(messages(wrapper).at(-1)).toEqual([{ type: 'success', text: 'Saved.' }])
    expect(wrapper.text()).not.toContain('Unsaved changes')
  })

  it('renames a row in place, keeping its id, and saves the new name', async () => {
    const { wrapper, context } = await mountLibrary([h20, ascend])
    const name = wrapper.get<HTMLInputElement>('input[data-testid="library-acc-h20-name"]')
    await name.setValue('H20 141GB')
    await name.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    // 'ascend 910b' < 'h20 141gb': the order holds.
    expect(rows(wrapper)).toEqual(['acc-910b', 'acc-h20'])
    await click(wrapper, '[data-testid="library-save"]')
    const [saved] = requestsOn(context, 'inventory.save') as { entries: LibraryEntry[] }[]
    expect(saved.entries.find((entry) => entry.id === 'acc-h20')).toEqual({
      ...h20,
      name: 'H20 141GB'
    })
  })

  it('a blank name is refused in the cell and the entry keeps its name', async () => {
    const { wrapper, context } = await mountLibrary([h20])
    const name = wrapper.get<HTMLInputElement>('input[data-testid="library-acc-h20-name"]')
    await name.setValue('')
    await name.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(wrapper.find('[data-entry="acc-h20"] [role="alert"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Unsaved changes')
    await click(wrapper, '[data-testid="library-save"]')
    expect(requestsOn(context, 'inventory.save')).toEqual([{ entries: [h20] }])
  })

  it('"Use in plan" adds the accelerators to the plan and says what it left out', async () => {
    const { wrapper, plan } = await mountLibrary([h20, ascend, server])
    await click(wrapper, 'button', 'Use in plan')
    // Two accelerators with a vendor go in; the server does not (a plan lists accelerators).
    expect(plan.plan.inventory?.map((entry) => entry.id)).toEqual(['acc-h20', 'acc-910b'])
    expect(messages(wrapper).at(-1)).toEqual([
      {
        type: 'warning',
        text: '2 accelerators added to the plan; 1 not added (servers or no vendor).'
      }
    ])
  })

  it('a library main cannot read is said in words from the issue’s key, and the grid stays empty', async () => {
    const { wrapper } = await mountLibrary([h20], {
      fail: {
        'inventory.list': {
          code: 'IO_ERROR',
          message: 'unreadable',
          issues: [
            {
              path: 'inventory.json',
              message: 'unreadable',
              key: 'inventory.error.libraryUnreadable',
              params: { file: 'inventory.json', reason: 'bad JSON' }
            }
          ]
        }
      }
    })
    expect(messages(wrapper)).toEqual([
      [
        {
          type: 'error',
          text: 'The inventory library inventory.json could not be read (bad JSON). It was left untouched; fix or remove it.'
        }
      ]
    ])
    expect(rows(wrapper)).toEqual([])
  })
})
