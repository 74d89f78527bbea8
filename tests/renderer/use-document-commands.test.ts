import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createApi, installApi } from '@renderer/api'
import { useDocumentCommands } from '@renderer/composables/useDocumentCommands'
import { useDocumentStore, type DocumentPrompts } from '@renderer/stores/document'
import type { DocumentPlatform } from '@renderer/stores/document-platform'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import type { Envelope } from '@shared/ipc/envelope'

// What the concern suite (document-store.test.ts) leaves out: files dragged onto the window.

const mounted: { unmount(): void }[] = []
let parsed: string[] = []

beforeEach(() => {
  setActivePinia(createPinia())
  parsed = []
  installApi(
    createApi(async (_method, channel, request): Promise<Envelope<unknown>> => {
      if (channel === 'settings.watch') return new Promise<never>(() => undefined)
      if (channel === 'document.parse') {
        const text = (request as { text: string }).text
        parsed.push(text)
        return { ok: true, data: { plan: JSON.parse(text), migratedFrom: null } }
      }
      return { ok: true, data: null }
    })
  )
})
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

function fakePlatform(): DocumentPlatform {
  return {
    kind: 'browser',
    savesInPlace: false,
    pickAndOpen: vi.fn(async () => null),
    openPath: vi.fn(),
    save: vi.fn(async () => 'x.cplan'),
    writeAutosave: vi.fn(async () => undefined),
    readAutosave: vi.fn(async () => null),
    discardAutosave: vi.fn(async () => undefined)
  }
}

async function start() {
  const notices: { kind: string; text: string }[] = []
  const prompts: DocumentPrompts = {
    askUnsaved: vi.fn(async () => 'discard' as const),
    askRecovery: vi.fn(async () => 'restore' as const),
    notify: (kind, text) => void notices.push({ kind, text })
  }
  const Host = defineComponent({
    setup() {
      useDocumentCommands({ platform: fakePlatform(), prompts })
      return () => h('div')
    }
  })
  const wrapper = mount(Host, { attachTo: document.body })
  mounted.push(wrapper)
  await flushPromises()
  return { notices, store: useDocumentStore(), plan: usePlanStore() }
}

/** A drag event as the browser sends it: `types` lists 'Files' when files are carried. */
function drag(type: string, files: File[] = [], types = files.length ? ['Files'] : ['text/plain']) {
  const event = new Event(type, { cancelable: true })
  const dataTransfer = { types, files, dropEffect: 'none' }
  Object.defineProperty(event, 'dataTransfer', { value: dataTransfer })
  return { event, dataTransfer }
}

const planFile = (name: string, fileName: string) =>
  new File([JSON.stringify({ ...createBlankPlan(), name })], fileName)

describe('useDocumentCommands: files dragged onto the window', () => {
  it('shows the drop target while files are over the window, through nested elements', async () => {
    const { store } = await start()
    const file = planFile('A', 'a.cplan')
    window.dispatchEvent(drag('dragenter', [file]).event)
    expect(store.dragActive).toBe(true)
    // Entering a child fires dragenter again before the parent's dragleave.
    window.dispatchEvent(drag('dragenter', [file]).event)
    window.dispatchEvent(drag('dragleave', [file]).event)
    expect(store.dragActive).toBe(true)
    window.dispatchEvent(drag('dragleave', [file]).event)
    expect(store.dragActive).toBe(false)
  })

  it('ignores dragged text (no files): no drop target, the browser keeps its own handling', async () => {
    const { store } = await start()
    window.dispatchEvent(drag('dragenter').event)
    expect(store.dragActive).toBe(false)
    const over = drag('dragover')
    window.dispatchEvent(over.event)
    expect(over.event.defaultPrevented).toBe(false)
    const withFiles = drag('dragover', [planFile('A', 'a.cplan')])
    window.dispatchEvent(withFiles.event)
    expect(withFiles.event.defaultPrevented).toBe(true)
    expect(withFiles.dataTransfer.dropEffect).toBe('copy')
  })

  it('opens a dropped plan, validated like any other, and clears the drop target', async () => {
    const { store, plan } = await start()
    const file = planFile('Dropped plan', 'q3.cplan')
    window.dispatchEvent(drag('dragenter', [file]).event)
    const drop = drag('drop', [file])
    window.dispatchEvent(drop.event)
    expect(drop.event.defaultPrevented).toBe(true)
    expect(store.dragActive).toBe(false)
    await vi.waitFor(() => expect(plan.plan.name).toBe('Dropped plan'))
    expect(parsed).toHaveLength(1)
    expect(plan.filePath).toBe('q3.cplan')
  })

  it('sends a dropped spreadsheet to inventory import, and says only the first of several was used', async () => {
    const { store, notices, plan } = await start()
    const sheet = new File(['vendor,name\n'], 'cards.xlsx')
    window.dispatchEvent(drag('drop', [sheet, planFile('B', 'b.cplan')]).event)
    await flushPromises()
    expect(store.takeInventoryImport()).toEqual({ file: sheet })
    expect(notices).toEqual([
      { kind: 'warning', text: 'Several files were dropped; only cards.xlsx was used.' }
    ])
    expect(parsed).toEqual([]) // the second file (a plan) is not opened
    expect(plan.plan.name).toBe('')
  })

  it('refuses a file that is neither a plan nor a spreadsheet, in the chosen language', async () => {
    const { store, notices } = await start()
    useUiStore().setLocale('zh-CN')
    window.dispatchEvent(drag('drop', [new File(['%PDF'], 'quote.pdf')]).event)
    await flushPromises()
    expect(notices).toEqual([
      {
        kind: 'error',
        text: 'quote.pdf 既不是方案文件（.cplan），也不是表格文件（.xlsx、.csv、.tsv）。'
      }
    ])
    expect(store.takeInventoryImport()).toBeNull()
  })

  it('leaves a drop that a drop zone in the page already took', async () => {
    const { store, notices } = await start()
    const sheet = new File(['x'], 'cards.csv')
    window.dispatchEvent(drag('dragenter', [sheet]).event)
    const drop = drag('drop', [sheet])
    drop.event.preventDefault()
    window.dispatchEvent(drop.event)
    await flushPromises()
    expect(store.dragActive).toBe(false)
    expect(store.takeInventoryImport()).toBeNull()
    expect(notices).toEqual([])
  })

  it('stops listening once unmounted', async () => {
    const { store } = await start()
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    window.dispatchEvent(drag('dragenter', [planFile('A', 'a.cplan')]).event)
    expect(store.dragActive).toBe(false)
  })
})
