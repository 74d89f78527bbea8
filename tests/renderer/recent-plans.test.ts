/** components/document/RecentPlans.vue: the start screen's recent plans, opened or cleared. */
import { describe, expect, it, vi } from 'vitest'
import RecentPlans from '@renderer/components/document/RecentPlans.vue'
import { useApi } from '@renderer/api'
import { useDocumentStore } from '@renderer/stores/document'
import { createDesktopPlatform } from '@renderer/stores/document-platform'
import { mountIn, setup } from './harness'

const RECENT = [
  { path: '/home/ana/plans/Q3 cluster.cplan', openedAt: '2026-03-01T09:30:00Z' },
  { path: 'C:\\Users\\li\\推理集群.CPLAN', openedAt: '2026-02-11T16:05:00Z' }
]

async function mountRecent(recent: typeof RECENT, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup((channel) => (channel === 'recent.list' ? recent : null), locale)
  const documents = useDocumentStore()
  documents.configure({
    platform: createDesktopPlatform(useApi()),
    prompts: { askUnsaved: vi.fn(), askRecovery: vi.fn(), notify: vi.fn() }
  })
  const wrapper = await mountIn(RecentPlans, {}, context)
  return { wrapper, documents, context }
}

describe('RecentPlans', () => {
  it('names each plan by its file, without folder or extension, on any OS', async () => {
    const { wrapper } = await mountRecent(RECENT)
    const buttons = wrapper.findAll('[data-testid="recent-plan"]')
    expect(buttons.map((b) => b.text())).toEqual(['Q3 cluster', '推理集群'])
    expect(buttons[0].attributes('aria-label')).toBe('Open Q3 cluster')
    expect(buttons[0].attributes('title')).toBe(RECENT[0].path)
    expect(wrapper.text()).toContain('Recent plans')
    // Tests run as the web page: the hint is the browser's.
    expect(wrapper.text()).toContain('Plans saved from this browser')
    expect(wrapper.find('.when').text()).toMatch(/2026/)
    wrapper.unmount()
  })

  it('opens a plan and goes to the Workloads step; a plan that fails to open stays put', async () => {
    const { wrapper, documents, context } = await mountRecent(RECENT)
    const open = vi.spyOn(documents, 'openPath').mockResolvedValueOnce(false)
    const push = vi.spyOn(context.router, 'push')
    await wrapper.findAll('[data-testid="recent-plan"]')[1].trigger('click')
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith(RECENT[1].path))
    expect(push).not.toHaveBeenCalled()
    open.mockResolvedValueOnce(true)
    await wrapper.findAll('[data-testid="recent-plan"]')[0].trigger('click')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ name: 'workloads' }))
    wrapper.unmount()
  })

  it('Clear list asks main to forget them, and the card goes', async () => {
    const { wrapper, context } = await mountRecent(RECENT)
    await wrapper.get('[data-testid="recent-clear"]').trigger('click')
    await vi.waitFor(() =>
      expect(context.invoke.mock.calls.map(([, channel]) => channel)).toContain('recent.clear')
    )
    await wrapper.vm.$nextTick()
    expect(wrapper.find('[data-testid="recent-plans"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows nothing when there is no recent plan; speaks Chinese under zh-CN', async () => {
    const empty = await mountRecent([])
    expect(empty.wrapper.find('[data-testid="recent-plans"]').exists()).toBe(false)
    empty.wrapper.unmount()
    const { wrapper } = await mountRecent(RECENT, 'zh-CN')
    expect(wrapper.text()).toContain('最近的方案')
    expect(wrapper.get('[data-testid="recent-clear"]').text()).toBe('清除列表')
    expect(wrapper.get('[data-testid="recent-plan"]').attributes('aria-label')).toBe(
      '打开 Q3 cluster'
    )
    wrapper.unmount()
  })
})
