/**
 * A spreadsheet handed over from outside the view — dropped anywhere on the window, or given
 * by the OS (double-click, command line, drop in the desktop app) — lands in the import review.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import InventoryView from '@renderer/views/inventory/InventoryView.vue'
import { useDocumentStore } from '@renderer/stores/document'
import { mountIn, setup } from './harness'

const payload = { fileName: 'cards.csv', dataBase64: btoa('Model,Qty\nA100,4\n') }

function respond(channel: string): unknown {
  if (channel === 'inventory.list') return { entries: [] }
  if (channel === 'document.readSpreadsheet') return payload
  return null
}

const inspected = (context: ReturnType<typeof setup>) =>
  context.invoke.mock.calls
    .filter(([, channel]) => channel === 'inventory.inspect')
    .map(([, , request]) => (request as { file: typeof payload }).file)

describe('inventory import hand-over', () => {
  it('a path from the OS is read through main, then inspected like a picked file', async () => {
    const context = setup(respond)
    const documents = useDocumentStore()
    await mountIn(InventoryView, {}, context)
    documents.inventoryImport = { path: '/home/me/cards.csv' }
    await flushPromises()
    const reads = context.invoke.mock.calls.filter(([, c]) => c === 'document.readSpreadsheet')
    expect(reads.map(([, , request]) => request)).toEqual([{ path: '/home/me/cards.csv' }])
    expect(inspected(context)).toEqual([payload])
    // Taken: the request does not linger to be imported again.
    expect(documents.inventoryImport).toBeNull()
  })

  it('a file dropped before the view opened is taken when it mounts', async () => {
    const context = setup(respond)
    const documents = useDocumentStore()
    documents.requestInventoryImport(new File(['Model,Qty\nA100,4\n'], 'cards.csv'))
    await mountIn(InventoryView, {}, context)
    await expect.poll(() => inspected(context)).toEqual([payload])
    expect(documents.inventoryImport).toBeNull()
  })
})
