/** components/shell/ToolButton.vue: a header tool drawn in naive-ui's colours. */
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NConfigProvider, darkTheme, lightTheme } from 'naive-ui'
import { defineComponent, h } from 'vue'
import ToolButton from '@renderer/components/shell/ToolButton.vue'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

function mountTool(props: { disabled?: boolean }, onClick: () => void, dark = false) {
  const Wrapper = defineComponent({
    setup: () => () =>
      h(NConfigProvider, { theme: dark ? darkTheme : null }, () =>
        h(ToolButton, { ...props, onClick }, () => 'Undo')
      )
  })
  mounted = mount(Wrapper, { attachTo: document.body })
  return mounted.get('button')
}

describe('ToolButton', () => {
  it('is a plain button (not a submit) with its slot, that clicks', async () => {
    let clicks = 0
    const button = mountTool({}, () => clicks++)
    expect(button.attributes('type')).toBe('button')
    expect(button.text()).toBe('Undo')
    await button.trigger('click')
    expect(clicks).toBe(1)
  })

  it('a disabled tool does not click', async () => {
    let clicks = 0
    const button = mountTool({ disabled: true }, () => clicks++)
    expect((button.element as HTMLButtonElement).disabled).toBe(true)
    ;(button.element as HTMLButtonElement).click()
    expect(clicks).toBe(0)
  })

  it('takes its colours and sizes from the theme, light or dark', () => {
    for (const [theme, dark] of [
      [lightTheme, false],
      [darkTheme, true]
    ] as const) {
      const style = (mountTool({}, () => {}, dark).element as HTMLElement).style
      expect(style.getPropertyValue('--tool-text')).toBe(theme.common.textColor2)
      expect(style.getPropertyValue('--tool-text-disabled')).toBe(theme.common.textColorDisabled)
      expect(style.getPropertyValue('--tool-hover')).toBe(theme.common.buttonColor2Hover)
      expect(style.getPropertyValue('--tool-height')).toBe(theme.common.heightSmall)
      mounted?.unmount()
      mounted = undefined
    }
    expect(darkTheme.common.textColor2).not.toBe(lightTheme.common.textColor2)
  })
})
