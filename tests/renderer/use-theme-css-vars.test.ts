/* eslint-disable vue/one-component-per-file -- a probe and the provider around it */
import { mount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, shallowRef, type ComputedRef } from 'vue'
import { NConfigProvider, darkTheme, lightTheme, type GlobalTheme } from 'naive-ui'
import { useThemeCssVars } from '@renderer/composables/useThemeCssVars'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

function mountWith(properties: Parameters<typeof useThemeCssVars>[0]) {
  const theme = shallowRef<GlobalTheme | null>(null)
  let vars: ComputedRef<Record<string, string>> | undefined
  const Probe = defineComponent({
    setup() {
      vars = useThemeCssVars(properties)
      return () => h('div', { 'data-testid': 'probe', style: vars!.value })
    }
  })
  const wrapper = mount(
    defineComponent({
      setup: () => () => h(NConfigProvider, { theme: theme.value }, () => h(Probe))
    })
  )
  mounted.push(wrapper)
  return { wrapper, theme, vars: () => vars!.value }
}

describe('useThemeCssVars', () => {
  it("names each CSS property after the theme variable it was given, light theme's values", () => {
    const { vars } = mountWith({ '--page': 'bodyColor', '--ink': 'textColor2' })
    expect(vars()).toEqual({
      '--page': lightTheme.common!.bodyColor,
      '--ink': lightTheme.common!.textColor2
    })
  })

  it('follows a switch to the dark theme and back', async () => {
    const { wrapper, theme, vars } = mountWith({ '--page': 'bodyColor' })
    theme.value = darkTheme
    await flushPromises()
    expect(vars()['--page']).toBe(darkTheme.common!.bodyColor)
    const style = wrapper.get('[data-testid="probe"]').element as HTMLElement
    expect(style.style.getPropertyValue('--page')).toBe(darkTheme.common!.bodyColor)
    theme.value = null
    await flushPromises()
    expect(vars()['--page']).toBe(lightTheme.common!.bodyColor)
    expect(darkTheme.common!.bodyColor).not.toBe(lightTheme.common!.bodyColor)
  })

  it('gives numbers and sizes as strings, usable in a style', () => {
    const { vars } = mountWith({ '--radius': 'borderRadius', '--size': 'fontSize' })
    expect(vars()['--radius']).toBe(String(lightTheme.common!.borderRadius))
    expect(typeof vars()['--size']).toBe('string')
    expect(vars()['--size']).toMatch(/px$/)
  })
})
