import type { ApiErrorBody, ErrorCode, Issue } from '@shared/ipc/envelope'

/** A failed call, carrying the contract's stable code and located issues. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK'
  readonly issues: Issue[]

  constructor(body: ApiErrorBody | { code: 'NETWORK'; message: string; issues?: Issue[] }) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.issues = body.issues ?? []
  }
}
