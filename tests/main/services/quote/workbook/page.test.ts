import { describe, expect, it } from 'vitest'
import { pageSettings, pageSetupFor } from '../../../../../src/main/services/quote/workbook/page'
import type { SheetSpec } from '../../../../../src/main/services/quote/workbook/spec'

function spec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Quote',
    columns: [],
    rows: { length: 0, at: () => undefined },
    headerRows: 0,
    landscape: false,
    ...overrides
  }
}

/** The sections of a header or footer: `&L…&C…&R…` → { L, C, R } (doubled && is literal). */
function sections(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  let section = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '&' && text[index + 1] === '&') {
      result[section] = (result[section] ?? '') + '&'
      index++
    } else if (char === '&' && 'LCR'.includes(text[index + 1])) {
      section = text[index + 1]
      result[section] ??= ''
      index++
    } else if (char === '&') {
      result[section] = (result[section] ?? '') + `{${text[index + 1]}}`
      index++
    } else result[section] = (result[section] ?? '') + char
  }
  return result
}

describe('pageSettings', () => {
  it('prints the plan left, the sheet centre and the company right; page numbers in the footer', () => {
    const page = pageSettings('a4', 'R&D cluster', 'ACME & Co', 'Page {page} of {pages}')
    const { oddHeader, oddFooter } = page.headerFooter('Quote')
    expect(sections(oddHeader!)).toEqual({ L: 'R&D cluster', C: 'Quote', R: 'ACME & Co' })
    expect(sections(oddFooter!)).toEqual({ R: 'Page {P} of {N}' })
  })

  it('leaves out the company and the footer note when they are empty, and adds the note when given', () => {
    const bare = pageSettings('letter', 'Plan', '', '第 {page} 页，共 {pages} 页')
    expect(sections(bare.headerFooter('汇总').oddHeader!)).toEqual({ L: 'Plan', C: '汇总' })
    const noted = pageSettings('letter', 'Plan', '', '{page}/{pages}', 'Quote No. Q&2025-7')
    expect(sections(noted.headerFooter('Quote').oddFooter!)).toEqual({
      L: 'Quote No. Q&2025-7',
      R: '{P}/{N}'
    })
  })

  it('keeps every section when a plan name fills the cut with ampersands', () => {
    const name = `${'x'.repeat(119)}&`
    const { oddHeader } = pageSettings('a4', name, 'ACME', '{page}').headerFooter('Quote')
    expect(sections(oddHeader!)).toEqual({ L: 'x'.repeat(119), C: 'Quote', R: 'ACME' })
  })

  it('escapes a literal & in the page template, and replaces only the placeholders', () => {
    const { oddFooter } = pageSettings('a4', 'p', '', '{page} & {pages}').headerFooter('s')
    expect(sections(oddFooter!)).toEqual({ R: '{P} & {N}' })
  })
})

describe('pageSetupFor', () => {
  const a4 = pageSettings('a4', 'p', '', '{page}')
  const letter = pageSettings('letter', 'p', '', '{page}')

  it('uses the ECMA-376 paper codes (1 Letter, 9 A4) and fits one page wide', () => {
    expect(pageSetupFor(spec(), letter)).toMatchObject({
      paperSize: 1,
      fitToPage: true,
      fitToWidth: 1
    })
    expect(pageSetupFor(spec(), a4).paperSize).toBe(9)
  })

  it('prints landscape and on one page when the sheet asks, else as many pages tall as needed', () => {
    expect(pageSetupFor(spec({ landscape: true, onePage: true }), a4)).toMatchObject({
      orientation: 'landscape',
      fitToHeight: 1
    })
    expect(pageSetupFor(spec(), a4)).toMatchObject({ orientation: 'portrait', fitToHeight: 0 })
  })

  it('repeats the header rows, or the given title rows, on every page', () => {
    expect(pageSetupFor(spec({ headerRows: 3 }), a4).printTitlesRow).toBe('1:3')
    expect(
      pageSetupFor(spec({ headerRows: 3, printTitleRows: { first: 5, last: 6 } }), a4)
        .printTitlesRow
    ).toBe('5:6')
    expect(pageSetupFor(spec(), a4).printTitlesRow).toBeUndefined()
  })
})
