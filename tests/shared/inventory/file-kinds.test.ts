import { describe, expect, it } from 'vitest'
import {
  EXPLAINED_SPREADSHEET_EXTENSIONS,
  IMPORTABLE_EXTENSIONS,
  extensionOf,
  kindOfFileName
} from '../../../src/shared/inventory/file-kinds'

describe('file kinds', () => {
  it('extensionOf: the last extension, lower case, of the base name only', () => {
    expect(extensionOf('Cards.XLSX')).toBe('xlsx')
    expect(extensionOf('/a/b.dir/plan.v2.cplan')).toBe('cplan')
    expect(extensionOf('C:\\x.y\\cards.csv')).toBe('csv')
    // A dot in a folder name, a dot-file and no dot: no extension.
    expect(extensionOf('/a/b.dir/README')).toBe('')
    expect(extensionOf('.cplan')).toBe('')
    expect(extensionOf('')).toBe('')
  })

  it('plans open; the importer’s formats and the explained spreadsheets go to import', () => {
    expect(kindOfFileName('Q3.cplan')).toBe('plan')
    for (const ext of [...IMPORTABLE_EXTENSIONS, ...EXPLAINED_SPREADSHEET_EXTENSIONS])
      expect(kindOfFileName(`cards.${ext}`), ext).toBe('inventory')
  })

  it('anything else is refused (null)', () => {
    for (const name of ['notes.txt', 'plan.json', 'cplan', 'archive.cplan.zip'])
      expect(kindOfFileName(name), name).toBeNull()
  })

  it('no extension is in both lists', () => {
    const explained = EXPLAINED_SPREADSHEET_EXTENSIONS as readonly string[]
    for (const ext of IMPORTABLE_EXTENSIONS) expect(explained).not.toContain(ext)
  })
})
