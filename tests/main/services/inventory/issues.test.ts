import { describe, expect, it } from 'vitest'
import {
  describeLocation,
  fail,
  formatLocation,
  InventoryError,
  issueKey,
  makeIssue,
  toEnvelopeIssue
} from '../../../../src/main/services/inventory/issues'
import { ServiceError } from '../../../../src/shared/ipc/envelope'

const FULL = { file: 'cards.xlsx', sheet: '清单', row: 5, column: 'C', field: 'memoryGB' as const }

describe('locations', () => {
  it('writes the path from file to field, leaving out what is not known', () => {
    expect(formatLocation(FULL)).toBe('cards.xlsx › 清单 › row 5 › column C › memoryGB')
    expect(formatLocation({ file: 'cards.csv', row: 2 })).toBe('cards.csv › row 2')
    expect(formatLocation({ file: 'a.xlsx' })).toBe('a.xlsx')
    // Row 0 and an empty sheet name are still places.
    expect(formatLocation({ file: 'a.xlsx', sheet: '', row: 0 })).toBe('a.xlsx ›  › row 0')
  })

  it('says the location in words, in each language, the field by its label', () => {
    // The field is named by the form's label (manualAccelerator.fields.memoryGB: Memory / 显存).
    expect(describeLocation('en', FULL)).toBe(
      'File cards.xlsx, sheet 清单, row 5, column C, field memory'
    )
    expect(describeLocation('zh-CN', FULL)).toBe(
      '文件 cards.xlsx，工作表 清单，第 5 行，C 列，字段 显存'
    )
    expect(describeLocation('zh-CN', { file: 'a.csv' })).toBe('文件 a.csv')
  })
})

describe('issues', () => {
  it('keys plain names under inventory.issue and keeps importRead names as they are', () => {
    expect(issueKey('notANumber')).toBe('inventory.issue.notANumber')
    expect(issueKey('importRead.issue.noncharacter')).toBe('importRead.issue.noncharacter')
  })

  it('fills the English message from the parameters, and leaves a missing one visible', () => {
    const issue = makeIssue('warning', 'currencyAssumed', { currency: 'CNY' }, FULL)
    expect(issue).toEqual({
      severity: 'warning',
      key: 'inventory.issue.currencyAssumed',
      params: { currency: 'CNY' },
      message: 'The price has no currency; CNY was assumed.',
      location: FULL
    })
    expect(makeIssue('warning', 'currencyAssumed', {}, FULL).message).toBe(
      'The price has no currency; {currency} was assumed.'
    )
  })

  it('fills every occurrence of a parameter, and the same key twice gives the same message', () => {
    const first = makeIssue('warning', 'cellTooLong', { limit: 300 }, FULL)
    expect(first.message).toBe(
      'The cell is longer than 300 characters; only the first 300 were kept.'
    )
    expect(makeIssue('warning', 'cellTooLong', { limit: 7 }, FULL).message).toBe(
      'The cell is longer than 7 characters; only the first 7 were kept.'
    )
  })

  it('becomes an envelope issue with its path, message, key and parameters', () => {
    const issue = makeIssue('error', 'missingName', {}, { file: 'a.csv', row: 3, column: 'A' })
    expect(toEnvelopeIssue(issue)).toEqual({
      path: 'a.csv › row 3 › column A',
      message: 'The row has no model name, so it was not imported. Add the model name.',
      key: 'inventory.issue.missingName',
      params: {}
    })
  })
})

describe('InventoryError', () => {
  it('is a service error in English, with one located issue, and speaks Chinese on request', () => {
    let caught: unknown
    try {
      fail('UNSUPPORTED_FILE', 'emptyFile', { file: 'a.xlsx' }, { file: 'a.xlsx' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InventoryError)
    expect(caught).toBeInstanceOf(ServiceError)
    const error = caught as InventoryError
    expect(error.name).toBe('InventoryError')
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toBe('The file a.xlsx is empty.')
    expect(error.issues).toEqual([
      {
        path: 'a.xlsx',
        message: 'The file a.xlsx is empty.',
        key: 'inventory.error.emptyFile',
        params: { file: 'a.xlsx' }
      }
    ])
    expect(error.localized('zh-CN')).toBe('文件 a.xlsx 是空的。')
    expect(error.localized('en')).toBe(error.message)
  })
})
