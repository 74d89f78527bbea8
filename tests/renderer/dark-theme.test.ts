import { describe, expect, it } from 'vitest'
import { lightTheme } from 'naive-ui'
import { darkTheme } from '@renderer/lib/dark-theme'

/** Relative luminance of an `rgb(…)`/`rgba(…)`/`#rgb`/`#rrggbb` colour (alpha ignored), 0–1. */
function luminance(colour: string): number {
  let channels: number[]
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g)!
    channels = digits.map((d) => parseInt(d, 16))
  } else {
    channels = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
  }
  expect(channels).toHaveLength(3)
  const [r, g, b] = channels.map((c) => c / 255)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe('dark-theme chunk', () => {
  it("is naive-ui's dark theme", () => {
    expect(darkTheme.name).toBe('dark')
  })

  it('draws a dark page with light text, the reverse of the light theme', () => {
    const dark = darkTheme.common!
    const light = lightTheme.common!
    expect(luminance(dark.bodyColor)).toBeLessThan(0.1)
    expect(luminance(light.bodyColor)).toBeGreaterThan(0.9)
    expect(luminance(dark.textColor2)).toBeGreaterThan(luminance(dark.bodyColor))
    expect(luminance(light.textColor2)).toBeLessThan(luminance(light.bodyColor))
  })

  it('styles the components the app uses (modal, card, button, data table)', () => {
    for (const name of ['Modal', 'Card', 'Button', 'DataTable', 'Select'] as const) {
      expect(darkTheme[name], name).toBeDefined()
    }
  })
})
