/** The logo the settings screen accepts: PNG or JPEG by its bytes, at most 1 MB, as a data URL. */
import { describe, expect, it } from 'vitest'
import { Buffer } from 'node:buffer'
import { appSettingsSchema } from '@shared/schema/settings'
import { MAX_LOGO_BYTES, base64Of, checkLogoFile } from '@shared/settings/logo-file'

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

describe('the company logo', () => {
  it('a PNG becomes a data URL the settings schema accepts', () => {
    const checked = checkLogoFile('logo.png', new Uint8Array(PNG))
    expect(checked).toMatchObject({ ok: true, type: 'png' })
    if (!checked.ok) return
    expect(checked.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`)
    expect(appSettingsSchema.shape.companyLogo.safeParse(checked.dataUrl).success).toBe(true)
  })

  it('a JPEG is recognised by its first bytes, whatever the file is called', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
    expect(checkLogoFile('photo.png', jpeg)).toMatchObject({ ok: true, type: 'jpeg' })
  })

  it('refuses a GIF, an SVG named .png, an empty file and a file over 1 MB, saying which', () => {
    const gif = new TextEncoder().encode('GIF89a....')
    expect(checkLogoFile('a.gif', gif)).toEqual({
      ok: false,
      key: 'notImage',
      params: { file: 'a.gif' }
    })
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect(checkLogoFile('logo.png', svg)).toMatchObject({ ok: false, key: 'notImage' })
    expect(checkLogoFile('e.png', new Uint8Array())).toMatchObject({ ok: false, key: 'empty' })
    const big = new Uint8Array(MAX_LOGO_BYTES + 1)
    big.set(PNG.subarray(0, 8))
    expect(checkLogoFile('big.png', big)).toEqual({
      ok: false,
      key: 'tooLarge',
      params: { file: 'big.png', size: '1.00', limit: '1.00' }
    })
  })

  it('a logo of exactly 1 MB fits the settings limit', () => {
    const largest = new Uint8Array(MAX_LOGO_BYTES)
    largest.set(PNG.subarray(0, 8))
    const checked = checkLogoFile('max.png', largest)
    expect(checked.ok).toBe(true)
    if (checked.ok)
      expect(appSettingsSchema.shape.companyLogo.safeParse(checked.dataUrl).success).toBe(true)
  })

  it('base64 matches Node for every remainder length', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100, 101, 102]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37 + 11) & 255)
      expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    }
  })
})
