/**
 * Importing a spreadsheet (views/inventory/InventoryImport.vue), in the browser (the file
 * input; the desktop's Open dialog and a file handed over by the OS are
 * inventory-handover.test.ts's): pick → preview → import → review → commit, or cancel; every
 * request through the typed API; main's refusals said in words from their issue key; every
 * row read counted in the review, and nothing thrown away when a commit fails.
 *
 * ImportReviewTable and PriceListAction are stubbed (each has its own test); the stubbed
 * review table hands up edits and decisions as the real one does.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import InventoryImport from '@renderer/views/inventory/InventoryImport.vue'
import ImportPreview from '@renderer/views/inventory/ImportPreview.vue'
import ImportReviewTable from '@renderer/views/inventory/ImportReviewTable.vue'
import type { ImportReport } from '@shared/schema/inventory'
import { inspection } from './import-inspection'
import { mountView, requestsOn, unmountViews, type ViewOptions } from './view-harness'

afterEach(unmountViews)

const csv = 'Model,Memory\nH20,96\n'
const file = { fileName: 'cards.csv', dataBase64: btoa(csv) }
const { preview, ...read } = inspection
// 3 rows read = 1 accepted + 1 accepted with warnings + 1 rejected.
const report: ImportReport = {
  ...read,
  sparseHalved: false,
  counts: {
    rowsRead: 3,
    accepted: 1,
    acceptedWithWarnings: 1,
    rejected: 1,
    blankRowsSkipped: 2,
    duplicates: 0
  }
}

/** main: a finished job at once, unless the test answers progress itself. */
function main(progress: ViewOptions['respond'] = () => ({ state: 'done', rowsProcessed: 3 })) {
  return (channel: string, request: unknown) => {
    switch (channel) {
      case 'inventory.inspect':
        return inspection
      case 'inventory.importStart':
        return { jobId: 'job-1' }
      case 'inventory.importProgress':
        // A promise as the data is awaited by the API method (the cancel test holds it).
        return Promise.resolve(progress(channel, request)).then((state) => ({
          jobId: 'job-1',
          ...(state as object)
        }))
      case 'inventory.importResult':
        return { report, offset: 0, total: 3, rows: preview }
      case 'inventory.importCancel':
        return { jobId: 'job-1', state: 'cancelled', rowsProcessed: 1 }
      case 'inventory.commit':
        return { added: 1, updated: 1, skipped: 1, total: 3 }
      default:
        return null
    }
  }
}

async function mountImport(options: ViewOptions = {}) {
  const { wrapper, context } = await mountView(InventoryImport, {
    respond: main(),
    ...options,
    stubs: { ImportReviewTable: true, PriceListAction: true }
  })
  return { wrapper, context }
}

async function pick(wrapper: VueWrapper): Promise<void> {
  const input = wrapper.get('[data-testid="inventory-file"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', {
    value: [new File([csv], 'cards.csv')],
    configurable: true
  })
  input.dispatchEvent(new Event('change'))
  // The FileReader answers in its own task: wait for the request it leads to.
  await expect.poll(() => wrapper.findComponent(ImportPreview).exists()).toBe(true)
}

async function click(wrapper: VueWrapper, testid: string): Promise<void> {
  await wrapper.get(`[data-testid="${testid}"]`).trigger('click')
  await flushPromises()
}

const messages = (wrapper: VueWrapper) => (wrapper.emitted('message') ?? []).map(([m]) => m)
const reviewing = (wrapper: VueWrapper) => wrapper.find('[data-testid="inventory-commit"]').exists()

describe('InventoryImport', () => {
  it('a picked file is sent to main as it is and its preview shown; a new mapping reads it again', async () => {
    const { wrapper, context } = await mountImport()
    expect(wrapper.findComponent(ImportPreview).exists()).toBe(false)
    await pick(wrapper)
    expect(requestsOn(context, 'inventory.inspect')).toEqual([{ file, mapping: [] }])
    expect(wrapper.text()).toContain('cards.csv')
    expect(wrapper.findComponent(ImportPreview).props('inspection')).toEqual(inspection)
    expect(reviewing(wrapper)).toBe(false)

    // Column C mapped to notes: the same file again, with the sheet and header row main found.
    wrapper.findComponent(ImportPreview).vm.$emit('map', 3, 'notes')
    await flushPromises()
    expect(requestsOn(context, 'inventory.inspect')[1]).toEqual({
      file,
      sheet: '库存',
      headerRow: 1,
      mapping: [{ index: 3, field: 'notes' }]
    })
  })

  it('imports, counts every row read in the review, and commits with the planner’s edits and choices', async () => {
    const { wrapper, context } = await mountImport()
    await pick(wrapper)
    await click(wrapper, 'inventory-start')
    expect(requestsOn(context, 'inventory.importStart')).toEqual([
      {
        file,
        sheet: '库存',
        headerRow: 1,
        mapping: [],
        halveSparse: false,
        rememberMapping: true
      }
    ])
    expect(requestsOn(context, 'inventory.importResult')).toEqual([
      { jobId: 'job-1', offset: 0, limit: 200 }
    ])
    expect(wrapper.get('[data-testid="inventory-summary"]').text()).toBe(
      '3 rows read: 1 accepted, 1 accepted with warnings, 1 rejected (2 blank rows skipped, 0 duplicates).'
    )
    expect(wrapper.text()).toContain('Rows 1 to 3 of 3')
    const table = wrapper.findComponent(ImportReviewTable)
    expect(table.props('rows')).toEqual(preview)

    table.vm.$emit('edit', 3, { kind: 'accelerator', name: 'L20', memoryGB: 48 })
    table.vm.$emit('decide', 2, 'keep-catalog')
    await flushPromises()
    await click(wrapper, 'inventory-commit')
    expect(requestsOn(context, 'inventory.commit')).toEqual([
      {
        jobId: 'job-1',
        edits: [{ row: 3, item: { kind: 'accelerator', name: 'L20', memoryGB: 48 } }],
        decisions: [{ row: 2, decision: 'keep-catalog' }]
      }
    ])
    expect(messages(wrapper).at(-1)).toEqual({
      type: 'success',
      text: '1 added, 1 updated, 1 skipped.'
    })
    expect(wrapper.emitted('committed')).toHaveLength(1)
    // Done: back to picking a file.
    expect(reviewing(wrapper)).toBe(false)
    expect(wrapper.findComponent(ImportPreview).exists()).toBe(false)
  })

  it('a commit main refuses is said in words, and the review stays with its edits to try again', async () => {
    const { wrapper, context } = await mountImport({
      fail: {
        'inventory.commit': {
          code: 'NOT_FOUND',
          message: 'No import job job-1',
          issues: [
            {
              path: '',
              message: 'No import job job-1',
              key: 'inventory.error.jobNotFound',
              params: { jobId: 'job-1' }
            }
          ]
        }
      }
    })
    await pick(wrapper)
    await click(wrapper, 'inventory-start')
    wrapper.findComponent(ImportReviewTable).vm.$emit('decide', 2, 'skip')
    await flushPromises()
    await click(wrapper, 'inventory-commit')
    expect(messages(wrapper).at(-1)).toEqual({
      type: 'error',
      text: 'No import job job-1: it finished long ago or never existed. Start the import again.'
    })
    expect(wrapper.emitted('committed')).toBeUndefined()
    expect(reviewing(wrapper)).toBe(true)
    expect(wrapper.findComponent(ImportReviewTable).props('decisions')).toEqual({ 2: 'skip' })
    await click(wrapper, 'inventory-commit')
    expect(requestsOn(context, 'inventory.commit')).toHaveLength(2)
  })

  it('a file main cannot read is said in words with its name, and no preview is left', async () => {
    const { wrapper } = await mountImport({
      fail: {
        'inventory.inspect': {
          code: 'UNSUPPORTED_FILE',
          message: 'legacy xls',
          issues: [
            {
              path: 'cards.csv',
              message: 'legacy xls',
              key: 'inventory.error.legacyXls',
              params: { file: 'cards.csv' }
            }
          ]
        }
      }
    })
    const input = wrapper.get('[data-testid="inventory-file"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File([csv], 'cards.csv')] })
    input.dispatchEvent(new Event('change'))
    await expect.poll(() => messages(wrapper).filter(Boolean)).toHaveLength(1)
    expect(messages(wrapper).filter(Boolean)).toEqual([
      {
        type: 'error',
        text: 'The file cards.csv is a legacy Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as .xlsx (or CSV UTF-8), then import again.'
      }
    ])
    expect(wrapper.findComponent(ImportPreview).exists()).toBe(false)
  })

  it('cancelling a running import goes back to the preview, with nothing to review or commit', async () => {
    let finish: (state: object) => void = () => undefined
    const { wrapper, context } = await mountImport({
      respond: main(() => new Promise((resolve) => (finish = resolve)))
    })
    await pick(wrapper)
    await click(wrapper, 'inventory-start')
    const cancel = wrapper.findAll('button').find((button) => button.text() === 'Cancel')
    expect(cancel).toBeDefined()
    await cancel!.trigger('click')
    await flushPromises()
    expect(requestsOn(context, 'inventory.importCancel')).toEqual([{ jobId: 'job-1' }])
    finish({ state: 'cancelled', rowsProcessed: 1 })
    await flushPromises()
    expect(requestsOn(context, 'inventory.importResult')).toEqual([])
    expect(reviewing(wrapper)).toBe(false)
    expect(wrapper.findComponent(ImportPreview).exists()).toBe(true)
    expect(messages(wrapper).at(-1)).toEqual({
      type: 'warning',
      text: 'The import was cancelled.'
    })
  })

  it('a job that failed is said in words from its issue, with no empty review to commit', async () => {
    const { wrapper } = await mountImport({
      respond: main(() => ({ state: 'failed', rowsProcessed: 0 })),
      fail: {
        'inventory.importResult': {
          code: 'BAD_REQUEST',
          message: 'no name column',
          issues: [
            { path: 'cards.csv', message: 'x', key: 'inventory.error.noNameColumn', params: {} }
          ]
        }
      }
    })
    await pick(wrapper)
    await click(wrapper, 'inventory-start')
    expect(messages(wrapper).at(-1)).toEqual({
      type: 'error',
      text: 'No column is mapped to the model name. Map one column to Model, then import again.'
    })
    expect(reviewing(wrapper)).toBe(false)
  })

  it('counts the rows in Chinese for zh-CN', async () => {
    const { wrapper } = await mountImport({ locale: 'zh-CN' })
    await pick(wrapper)
    await click(wrapper, 'inventory-start')
    expect(wrapper.get('[data-testid="inventory-summary"]').text()).toBe(
      '共读取 3 行：1 行已导入，1 行有警告但已导入，1 行未导入（跳过空行 2 行，重复 0 行）。'
    )
  })
})
