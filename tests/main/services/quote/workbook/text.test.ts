import { describe, expect, it } from 'vitest'
import {
  cellText,
  displayWidth,
  headerFooterText,
  MAX_CELL_TEXT
} from '../../../../../src/main/services/quote/workbook/text'

/** Lone surrogates, which make the whole package unreadable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Ampersands that start a control code: an odd run. */
function loneAmpersands(text: string): string[] {
  return (text.match(/&+/g) ?? []).filter((run) => run.length % 2 === 1)
}

describe('headerFooterText', () => {
  it('doubles ampersands so a plan named &P&D prints as typed', () => {
    expect(headerFooterText('R&D')).toBe('R&&D')
    expect(headerFooterText('&P&D')).toBe('&&P&&D')
  })

  it('puts line breaks on one line and cleans XML-invalid characters', () => {
    expect(headerFooterText('a\r\nb\n\nc')).toBe('a b c')
    expect(headerFooterText('a\u0001b')).toBe('a\uFFFDb')
  })

  it('cuts at 120 characters', () => {
    expect(headerFooterText('x'.repeat(500))).toBe('x'.repeat(120))
  })

  it('never cuts a doubled ampersand in half', () => {
    // 119 letters then "&": doubled to 121 characters, the cut falls between the two.
    const text = headerFooterText(`${'x'.repeat(119)}&tail`)
    expect(loneAmpersands(text)).toEqual([])
    expect(text).toBe('x'.repeat(119))
    for (let letters = 100; letters < 125; letters++) {
      expect(
        loneAmpersands(headerFooterText(`${'y'.repeat(letters)}&&&&`)),
        String(letters)
      ).toEqual([])
    }
  })

  it('never cuts a surrogate pair in half', () => {
    const text = headerFooterText(`${'x'.repeat(119)}😀`)
    expect(text).toBe('x'.repeat(119))
    expect(LONE_SURROGATE.test(text)).toBe(false)
    expect(headerFooterText(`${'x'.repeat(118)}😀`)).toBe(`${'x'.repeat(118)}😀`)
  })
})

describe('cellText (the shared export sanitiser, as cells get it)', () => {
  it('keeps text that looks like a formula as text, and caps a cell at Excel’s limit', () => {
    expect(cellText('=HYPERLINK("http://x")')).toBe('=HYPERLINK("http://x")')
    const long = cellText('a'.repeat(MAX_CELL_TEXT + 10))
    expect(long.length).toBe(MAX_CELL_TEXT)
    expect(long.endsWith('…')).toBe(true)
  })
})

describe('displayWidth (Excel character units)', () => {
  it('counts wide characters twice and measures the widest line', () => {
    expect(displayWidth('')).toBe(0)
    expect(displayWidth('H100 80GB')).toBe(9)
    expect(displayWidth('昇腾')).toBe(4)
    expect(displayWidth('ＡＢ')).toBe(4)
    expect(displayWidth('短\nlonger line\n中文中文')).toBe(11)
    // U+303F (ideographic half fill space) is the one narrow character of its block.
    expect(displayWidth('\u303f')).toBe(1)
    expect(displayWidth('𠀀')).toBe(2)
  })
})
