import { describe, expect, it } from 'vitest'
import { NameRegistry, quoteSheetName } from '../../../../../src/main/services/quote/workbook/names'
import type { WorksheetWriter } from '../../../../../src/main/services/quote/workbook/streaming'

/** Only the sheet's name is read by the registry. */
const sheet = (name: string) => ({ name }) as WorksheetWriter

/** Excel's rule for a defined name: starts with a letter or _, then letters, digits, _ and dots. */
const EXCEL_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/
/** A name that reads as a cell reference (A1 or R1C1 style) is refused by Excel. */
const CELL_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/

describe('NameRegistry.nameFor', () => {
  it('gives a stable name per scope and id, distinct across scopes', () => {
    const names = new NameRegistry()
    expect(names.nameFor('W1', 'gpus')).toBe('W1_gpus')
    expect(names.nameFor('W1', 'gpus')).toBe('W1_gpus')
    expect(names.nameFor('W2', 'gpus')).toBe('W2_gpus')
  })

  it('keeps names unique ignoring case, as Excel compares them', () => {
    const names = new NameRegistry()
    const lower = names.nameFor('P', 'mfu')
    const upper = names.nameFor('P', 'MFU')
    expect([lower, upper]).toEqual(['P_mfu', 'P_MFU_2'])
  })

  it('turns ids with other characters into valid names, and keeps colliding ones apart', () => {
    const names = new NameRegistry()
    const made = [
      names.nameFor('W', 'h100-sxm5.80gb'),
      names.nameFor('W', 'h100_sxm5_80gb'),
      names.nameFor('W', '显存'),
      names.nameFor('W', '带宽'),
      names.nameFor('W', ''),
      names.nameFor('W', '1')
    ]
    expect(made).toEqual(['W_h100_sxm5_80gb', 'W_h100_sxm5_80gb_2', 'W___', 'W____2', 'W_', 'W_1'])
    expect(new Set(made.map((name) => name.toLowerCase())).size).toBe(made.length)
  })

  it('makes names Excel accepts, never a cell reference, within 255 characters', () => {
    const names = new NameRegistry()
    const ids = ['A1', 'MFU1', 'R1C1', 'x'.repeat(400), 'x'.repeat(400), 'é', "it's"]
    for (const id of ids) {
      const name = names.nameFor('G1', id)
      expect(name, id).toMatch(EXCEL_NAME)
      expect(name, id).not.toMatch(CELL_REFERENCE)
    }
  })
})

describe('NameRegistry definitions', () => {
  it('refers to the cell absolutely on its quoted sheet', () => {
    const names = new NameRegistry()
    names.define('W1_gpus', sheet('Sizing'), 'C7')
    names.define('P_tax', sheet("Li's plan"), 'AB12')
    expect(names.entries()).toEqual([
      ['W1_gpus', "'Sizing'!$C$7"],
      ['P_tax', "'Li''s plan'!$AB$12"]
    ])
    expect(names.isDefined('W1_gpus')).toBe(true)
    expect(names.isDefined('w1_gpus')).toBe(false)
  })

  it('refuses a name defined twice', () => {
    const names = new NameRegistry()
    names.define('X_a', sheet('S'), 'A1')
    expect(() => names.define('X_a', sheet('S'), 'B2')).toThrow('defined name X_a assigned twice')
  })

  it('fails the export when a formula uses a name no cell got, naming at most five', () => {
    const names = new NameRegistry()
    expect(names.use('Q_total')).toBe('Q_total')
    names.define('Q_total', sheet('Quote'), 'F40')
    expect(() => names.assertComplete()).not.toThrow()
    for (let index = 1; index <= 7; index++) names.use(`M_${index}`)
    expect(() => names.assertComplete()).toThrow(
      'quote workbook: formulas use undefined names M_1, M_2, M_3, M_4, M_5'
    )
  })
})

describe('quoteSheetName', () => {
  it('quotes a sheet name and doubles quotes inside it', () => {
    expect(quoteSheetName('Quote')).toBe("'Quote'")
    expect(quoteSheetName("O'Brien's")).toBe("'O''Brien''s'")
    expect(quoteSheetName('报价 汇总')).toBe("'报价 汇总'")
  })
})
