import { mount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { NConfigProvider, darkTheme, lightTheme, type GlobalTheme } from 'naive-ui'
import ShellFrame from '@renderer/components/shell/ShellFrame.vue'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

function mountFrame() {
  const theme = shallowRef<GlobalTheme | null>(null)
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(NConfigProvider, { theme: theme.value }, () =>
          h(ShellFrame, null, () => h('main', { 'data-testid': 'page' }, 'Scenario'))
        )
    })
  )
  mounted.push(wrapper)
  const frame = () => wrapper.get('.shell').element as HTMLElement
  const colour = (name: string) => frame().style.getPropertyValue(name)
  return { wrapper, theme, colour }
}

describe('ShellFrame', () => {
  it('holds the page it frames', () => {
    const { wrapper } = mountFrame()
    expect(wrapper.get('.shell [data-testid="page"]').text()).toBe('Scenario')
  })

  it("paints the window in the light theme's page, text and divider colours", () => {
    const { colour } = mountFrame()
    const light = lightTheme.common!
    expect(colour('--shell-background')).toBe(light.bodyColor)
    expect(colour('--shell-text')).toBe(light.textColor2)
    expect(colour('--shell-border')).toBe(light.dividerColor)
  })

  it('repaints in the dark colours when the theme turns dark', async () => {
    const { theme, colour } = mountFrame()
    theme.value = darkTheme
    await flushPromises()
    const dark = darkTheme.common!
    expect(colour('--shell-background')).toBe(dark.bodyColor)
    expect(colour('--shell-text')).toBe(dark.textColor2)
    expect(colour('--shell-border')).toBe(dark.dividerColor)
    expect(colour('--shell-background')).not.toBe(lightTheme.common!.bodyColor)
  })
})
