/** api/errors.ts: ApiError carries a failed call's stable code and located issues. */
import { describe, expect, it } from 'vitest'
import { ApiError } from '@renderer/api/errors'

describe('ApiError', () => {
  it('is an Error named ApiError, with the message, code and issues of the body', () => {
    const issues = [{ path: 'workloads[1].tokens', message: 'Tokens must be greater than 0' }]
    const error = new ApiError({ code: 'INVALID_PLAN', message: 'The plan is invalid', issues })
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.name).toBe('ApiError')
    expect(error.message).toBe('The plan is invalid')
    expect(error.code).toBe('INVALID_PLAN')
    expect(error.issues).toEqual(issues)
    expect(String(error)).toBe('ApiError: The plan is invalid')
  })

  it('has no issues (an empty list, never undefined) when the body gives none', () => {
    const error = new ApiError({ code: 'NETWORK', message: 'The host did not answer' })
    expect(error.code).toBe('NETWORK')
    expect(error.issues).toEqual([])
    expect(new ApiError({ code: 'NOT_FOUND', message: 'gone' }).issues).toEqual([])
  })

  it('can be caught and told apart from other errors by its code', () => {
    const fail = (): never => {
      throw new ApiError({ code: 'CANCELLED', message: 'Cancelled by the user' })
    }
    let caught: unknown
    try {
      fail()
    } catch (error) {
      caught = error
    }
    expect(caught instanceof ApiError && caught.code === 'CANCELLED').toBe(true)
    expect(new TypeError('x') instanceof ApiError).toBe(false)
  })
})
