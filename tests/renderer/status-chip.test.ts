/** components/shell/StatusChip.vue: the header's recalculation status, in the theme's colours. */
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NConfigProvider, darkTheme, lightTheme } from 'naive-ui'
import { defineComponent, h } from 'vue'
import StatusChip from '@renderer/components/shell/StatusChip.vue'

type ChipType = 'default' | 'info' | 'success' | 'warning' | 'error'
let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

function mountChip(type: ChipType, dark = false) {
  const Wrapper = defineComponent({
    setup: () => () =>
      h(NConfigProvider, { theme: dark ? darkTheme : null }, () =>
        h(StatusChip, { type }, () => 'Up to date')
      )
  })
  mounted = mount(Wrapper)
  const chip = mounted.get('.status-chip').element as HTMLElement
  return { chip, vars: (name: string) => chip.style.getPropertyValue(name) }
}

describe('StatusChip', () => {
  it('shows its slot and takes the text colour of its type from the theme', () => {
    const common = lightTheme.common
    const expected: Record<ChipType, string> = {
      default: common.textColor2,
      info: common.infoColor,
      success: common.successColor,
      warning: common.warningColor,
      error: common.errorColor
    }
    for (const [type, colour] of Object.entries(expected) as [ChipType, string][]) {
      const { chip, vars } = mountChip(type)
      expect(chip.textContent).toBe('Up to date')
      expect(vars('--chip-text'), type).toBe(colour)
      mounted?.unmount()
      mounted = undefined
    }
  })

  it('tints a coloured chip with 14 % of its colour, and a default chip with the tag colour', () => {
    const error = mountChip('error')
    expect(error.vars('--chip-background')).toBe(
      `color-mix(in srgb, ${lightTheme.common.errorColor} 14%, transparent)`
    )
    mounted?.unmount()
    const plain = mountChip('default')
    expect(plain.vars('--chip-background')).toBe(lightTheme.common.tagColor)
    expect(plain.vars('--chip-radius')).toBe(lightTheme.common.borderRadiusSmall)
    expect(plain.vars('--chip-font-size')).toBe(lightTheme.common.fontSizeSmall)
  })

  it('follows the dark theme', () => {
    const { vars } = mountChip('success', true)
    expect(vars('--chip-text')).toBe(darkTheme.common.successColor)
    expect(darkTheme.common.successColor).not.toBe(lightTheme.common.successColor)
  })
})
