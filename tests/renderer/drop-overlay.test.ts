import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import DropOverlay from '@renderer/components/DropOverlay.vue'
import { useDocumentStore } from '@renderer/stores/document'
import { useUiStore } from '@renderer/stores/ui'
import { mountIn, setup } from './harness'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

async function mountOverlay(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  const wrapper = await mountIn(DropOverlay, {}, context)
  mounted.push(wrapper)
  return wrapper
}

describe('DropOverlay', () => {
  it('is absent until a file is dragged over the window, and goes when the drag ends', async () => {
    const wrapper = await mountOverlay()
    const documents = useDocumentStore()
    expect(wrapper.find('[data-testid="drop-overlay"]').exists()).toBe(false)
    documents.dragActive = true
    await flushPromises()
    expect(wrapper.find('[data-testid="drop-overlay"]').exists()).toBe(true)
    documents.dragActive = false
    await flushPromises()
    expect(wrapper.find('[data-testid="drop-overlay"]').exists()).toBe(false)
  })

  it('says what a drop does, in English', async () => {
    const wrapper = await mountOverlay()
    useDocumentStore().dragActive = true
    await flushPromises()
    const overlay = wrapper.get('[data-testid="drop-overlay"]')
    expect(overlay.get('strong').text()).toBe('Drop the file to open it')
    expect(overlay.text()).toContain('A plan (.cplan) opens')
    expect(overlay.text()).toContain('inventory import')
    // Decoration only: screen readers hear nothing of it.
    expect(overlay.attributes('aria-hidden')).toBe('true')
  })

  it('says it in Chinese for zh-CN', async () => {
    const wrapper = await mountOverlay('zh-CN')
    useDocumentStore().dragActive = true
    await flushPromises()
    const overlay = wrapper.get('[data-testid="drop-overlay"]')
    expect(overlay.get('strong').text()).toBe('松开鼠标即可打开文件')
    expect(overlay.text()).toContain('硬件清单导入')
    expect(overlay.text()).not.toContain('Drop the file')
  })

  it('follows the dark theme', async () => {
    const wrapper = await mountOverlay()
    const ui = useUiStore()
    ui.setTheme('light')
    useDocumentStore().dragActive = true
    await flushPromises()
    expect(wrapper.get('[data-testid="drop-overlay"]').classes()).not.toContain('dark')
    ui.setTheme('dark')
    await flushPromises()
    expect(wrapper.get('[data-testid="drop-overlay"]').classes()).toContain('dark')
  })
})
