import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ServiceError, fail, ok } from '../../../src/shared/ipc/envelope'

describe('envelope', () => {
  it('ok wraps the data as it is, null and undefined included', () => {
    const data = { a: [1, 2] }
    const envelope = ok(data)
    expect(envelope).toEqual({ ok: true, data })
    if (envelope.ok) expect(envelope.data).toBe(data)
    expect(ok(null)).toEqual({ ok: true, data: null })
  })

  it('fail carries code and message, and issues only when there are some', () => {
    expect(fail('NOT_FOUND', 'no such file')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no such file' }
    })
    // An empty list is left out, so `'issues' in error` means "there are located problems".
    const empty = fail('BAD_REQUEST', 'bad', [])
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect('issues' in empty.error).toBe(false)
    const issues = [{ path: 'workloads[0].tokens', message: 'must be positive' }]
    expect(fail('INVALID_PLAN', 'invalid', issues)).toEqual({
      ok: false,
      error: { code: 'INVALID_PLAN', message: 'invalid', issues }
    })
  })

  it('error codes are unique SCREAMING_SNAKE strings', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/)
  })

  it('ServiceError is an Error with its code, message, issues and name', () => {
    const issues = [{ path: 'file', message: 'too big' }]
    const error = new ServiceError('FILE_TOO_LARGE', 'too large', issues)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ServiceError')
    expect(error.code).toBe('FILE_TOO_LARGE')
    expect(error.message).toBe('too large')
    expect(error.issues).toBe(issues)
    expect(new ServiceError('INTERNAL', 'x').issues).toBeUndefined()
  })
})
