/**
 * CSS custom properties taken from naive-ui's theme variables (`{ '--x': 'textColor2' }`),
 * following theme switches: how the plain elements of the header are drawn in the library's
 * colours. Call it inside NConfigProvider, where the theme is known.
 */
import { computed, type ComputedRef } from 'vue'
import { useThemeVars, type ThemeCommonVars } from 'naive-ui'

export function useThemeCssVars(
  properties: Readonly<Record<`--${string}`, keyof ThemeCommonVars>>
): ComputedRef<Record<string, string>> {
  const vars = useThemeVars()
  return computed(() =>
    Object.fromEntries(
      Object.entries(properties).map(([name, key]) => [name, String(vars.value[key])])
    )
  )
}
