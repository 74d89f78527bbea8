import { describe, expect, it } from 'vitest'
import { decodeUpload } from '../../../../src/main/services/inventory/upload'
import { InventoryError } from '../../../../src/main/services/inventory/issues'
import { LIMITS } from '../../../../src/main/services/inventory/limits'

function refusal(dataBase64: string) {
  try {
    decodeUpload({ fileName: 'cards.xlsx', dataBase64 })
  } catch (error) {
    if (error instanceof InventoryError)
      return { code: error.code, name: error.messageName, location: error.location }
    throw error
  }
  throw new Error('expected a refusal')
}

describe('decodeUpload', () => {
  it('decodes base64, padded or not, to the bytes sent', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff])
    const encoded = bytes.toString('base64')
    expect(decodeUpload({ fileName: 'a.xlsx', dataBase64: encoded })).toEqual(bytes)
    expect(decodeUpload({ fileName: 'a.xlsx', dataBase64: encoded.replace(/=+$/, '') })).toEqual(
      bytes
    )
    expect(decodeUpload({ fileName: 'a.csv', dataBase64: '' })).toEqual(Buffer.alloc(0))
  })

  it.each([
    ['a data URL', 'data:text/csv;base64,QUJD'],
    ['URL-safe characters', 'ab-_'],
    ['line breaks', 'QUJD\nREVG'],
    ['padding in the middle', 'QQ==QUJD'],
    ['three padding characters', 'Q==='],
    ['a length no base64 can have', 'QUJDR']
  ])('refuses %s, naming the file', (_what, data) => {
    expect(refusal(data)).toEqual({
      code: 'BAD_REQUEST',
      name: 'badUpload',
      location: { file: 'cards.xlsx' }
    })
  })

  it('refuses a payload over the file limit from its length, before looking at it', () => {
    const over = 'A'.repeat(Math.ceil(((LIMITS.maxFileBytes + 4) * 4) / 3 / 4) * 4)
    expect(refusal(over)).toMatchObject({ code: 'FILE_TOO_LARGE', name: 'fileTooLarge' })
  })
})
