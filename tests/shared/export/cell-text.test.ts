/**
 * The edges of the export sanitiser; the hostile characters of each class and that every
 * exporter calls it are in tests/main/shell/export-text-sanitiser.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { MAX_CELL_TEXT, exportCellText } from '../../../src/shared/export/cell-text'

const FFFD = '\uFFFD'

describe('exportCellText: length', () => {
  it('Excel’s limit is 32,767 characters', () => {
    expect(MAX_CELL_TEXT).toBe(32_767)
  })

  it('keeps a text of exactly the limit whole, and shortens one character more', () => {
    const full = 'x'.repeat(MAX_CELL_TEXT)
    expect(exportCellText(full)).toBe(full)
    const over = exportCellText('y'.repeat(MAX_CELL_TEXT + 1))
    // 32,766 characters kept + the ellipsis = 32,767.
    expect(over).toBe(`${'y'.repeat(MAX_CELL_TEXT - 1)}…`)
  })

  it('measures after replacement (a replaced character is still one UTF-16 unit)', () => {
    const text = '\u0001'.repeat(MAX_CELL_TEXT)
    expect(exportCellText(text)).toBe(FFFD.repeat(MAX_CELL_TEXT))
  })

  it('empty text stays empty', () => {
    expect(exportCellText('')).toBe('')
  })
})

describe('exportCellText: character classes at their boundaries', () => {
  it('keeps tab, LF and CR but replaces the C0 controls around them', () => {
    expect(exportCellText('\t\n\r')).toBe('\t\n\r')
    for (const code of [0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f])
      expect(exportCellText(String.fromCharCode(code)), code.toString(16)).toBe(FFFD)
  })

  it('keeps printable ASCII, space to tilde', () => {
    const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i))
    expect(exportCellText(ascii.join(''))).toBe(ascii.join(''))
  })

  it('U+FDD0…U+FDEF are replaced; the neighbours U+FDCF and U+FDF0 are kept', () => {
    expect(exportCellText('\uFDD0\uFDEF')).toBe(FFFD + FFFD)
    expect(exportCellText('\uFDCF\uFDF0')).toBe('\uFDCF\uFDF0')
  })

  it('U+FFFD itself and U+FFFD’s neighbour U+FFFC are kept', () => {
    expect(exportCellText('\uFFFC\uFFFD')).toBe('\uFFFC\uFFFD')
  })

  it('the last two code points of every astral plane become one U+FFFD each (one per pair)', () => {
    for (let plane = 1; plane <= 16; plane++) {
      const last = plane * 0x10000 + 0xffff
      const text = String.fromCodePoint(last - 1) + String.fromCodePoint(last)
      expect(exportCellText(text), `plane ${plane}`).toBe(FFFD + FFFD)
      // The code point just before them is a normal character.
      const kept = String.fromCodePoint(last - 2)
      expect(exportCellText(kept), `plane ${plane}`).toBe(kept)
    }
  })

  it('a valid surrogate pair is kept; a pair in the wrong order is two lone halves', () => {
    expect(exportCellText('\uD83D\uDE80')).toBe('🚀')
    expect(exportCellText('\uDE80\uD83D')).toBe(FFFD + FFFD)
  })

  it('a high surrogate cut off at the end of the text is replaced', () => {
    expect(exportCellText('GPU\uD83D')).toBe(`GPU${FFFD}`)
  })

  it('is idempotent', () => {
    const once = exportCellText('a\u0000b\uFFFE\uD800c')
    expect(exportCellText(once)).toBe(once)
  })
})
