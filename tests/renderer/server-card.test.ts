/** views/steps/hardware/ServerCard.vue: the server the cards go into, and its source. */
import { describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import ServerCard from '@renderer/views/steps/hardware/ServerCard.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

async function mountCard(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  const wrapper = await mountIn(ServerCard, {}, context)
  const select = wrapper.findComponent(NSelect)
  const options = () => select.props('options') as { value: string; label: string }[]
  return { wrapper, select, options }
}

describe('ServerCard', () => {
  it('offers Automatic first, then each catalog server with its cards per server', async () => {
    const { wrapper, select, options } = await mountCard()
    const servers = useCatalogStore().servers
    expect(options()[0]).toEqual({ value: 'auto', label: 'Automatic (by form factor)' })
    expect(
      options()
        .slice(1)
        .map((o) => o.value)
    ).toEqual(servers.map((s) => s.id))
    const first = servers[0]
    expect(options()[1].label).toBe(
      `${first.name} · ${first.acceleratorsPerServer} cards per server`
    )
    expect(select.props('value')).toBe('auto')
    wrapper.unmount()
  })

  it('a chosen server is kept in the plan and its source is shown; undo goes back to Automatic', async () => {
    const { wrapper, select } = await mountCard()
    const server = useCatalogStore().servers[0]
    select.vm.$emit('update:value', server.id)
    await wrapper.vm.$nextTick()
    const plan = usePlanStore()
    expect(plan.plan.settings.server).toBe(server.id)
    expect(wrapper.get('p.muted').text()).toBe(server.source)
    plan.undo()
    await wrapper.vm.$nextTick()
    expect(wrapper.findComponent(NSelect).props('value')).toBe('auto')
    expect(wrapper.find('p.muted').exists()).toBe(false)
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const { wrapper, options } = await mountCard('zh-CN')
    expect(wrapper.text()).toContain('服务器与机柜')
    expect(options()[0].label).toBe('自动（按形态）')
    const first = useCatalogStore().servers[0]
    expect(options()[1].label).toMatch(new RegExp(`· 每台 ${first.acceleratorsPerServer} 卡$`))
    wrapper.unmount()
  })
})
