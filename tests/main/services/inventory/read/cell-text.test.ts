import { describe, expect, it } from 'vitest'
import {
  cleanCellText,
  NONCHARACTER,
  replaceNoncharacters
} from '../../../../../src/main/services/inventory/read/cell-text'

describe('cleanCellText', () => {
  it('decodes _xHHHH_ escapes, upper or lower case hex', () => {
    expect(cleanCellText('A_x0042_C')).toBe('ABC')
    expect(cleanCellText('caf_x00e9_')).toBe('café')
    expect(cleanCellText('tab_x0009_here')).toBe('tab\there')
  })

  it('keeps an escaped underscore literal: _x005F_x000D_ is the text "_x000D_"', () => {
    expect(cleanCellText('_x005F_x000D_')).toBe('_x000D_')
    expect(cleanCellText('a_x005F_b')).toBe('a_b')
  })

  it('leaves malformed escapes as written', () => {
    for (const text of ['_x00ZZ_', '_x123_', '_x12345_', 'x0041', '_X0041_'])
      expect(cleanCellText(text), text).toBe(text)
  })

  it('joins escaped surrogate halves into one character', () => {
    expect(cleanCellText('_xD83D__xDE00_')).toBe('😀')
  })

  it('reads every line-break spelling as one LF', () => {
    expect(cleanCellText('a\r\nb')).toBe('a\nb')
    expect(cleanCellText('a\rb')).toBe('a\nb')
    expect(cleanCellText('a_x000D_b')).toBe('a\nb')
    // Excel for Windows: an escaped CR followed by a literal CR LF is one line break.
    expect(cleanCellText('a_x000D_\r\nb')).toBe('a\nb')
    expect(cleanCellText('a_x000D__x000A_b')).toBe('a\nb')
    expect(cleanCellText('a\n\nb')).toBe('a\n\nb')
  })

  it('returns plain text unchanged', () => {
    const text = 'H100 SXM5 80GB_HBM3 显存'
    expect(cleanCellText(text)).toBe(text)
  })
})

describe('noncharacters', () => {
  it('finds U+FDD0–U+FDEF and the last two code points of each plane, nothing else', () => {
    for (const code of [0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff])
      expect(NONCHARACTER.test(String.fromCodePoint(code)), code.toString(16)).toBe(true)
    for (const code of [0xfdcf, 0xfdf0, 0xfffd, 0x1fffd, 0x20000, 0x4e00, 0x41])
      expect(NONCHARACTER.test(String.fromCodePoint(code)), code.toString(16)).toBe(false)
  })

  it('replaces each with U+FFFD and counts them; a clean text comes back as is', () => {
    expect(replaceNoncharacters('a\uFFFEb\uFDD0\u{10FFFF}')).toEqual({
      text: 'a\uFFFDb\uFFFD\uFFFD',
      count: 3
    })
    expect(replaceNoncharacters('昇腾 😀')).toEqual({ text: '昇腾 😀', count: 0 })
  })
})
