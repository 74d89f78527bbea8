/**
 * Every channel answers with an envelope, never a thrown error, so the renderer can show
 * a located, translated message and the app stays usable.
 */

/** Stable error codes: tests, the CLI and the renderer depend on these strings. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'UNAUTHORIZED',
  'PAYLOAD_TOO_LARGE',
  'INVALID_PLAN',
  'NOT_FOUND',
  'UNSUPPORTED_FILE',
  'FILE_TOO_LARGE',
  'IO_ERROR',
  'CANCELLED',
  'NOT_SUPPORTED',
  'INTERNAL',
  'NO_PDF_ENGINE'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One located problem: `path` is a JSON path (`workloads[1].tokens`) or a file location. */
export interface Issue {
  path: string
  message: string
  /** i18n key and parameters, so the renderer can show the message in the user's language. */
  key?: string
  params?: Record<string, string | number>
}

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  issues?: Issue[]
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data }
}

export function fail(code: ErrorCode, message: string, issues?: Issue[]): Envelope<never> {
  return issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } }
}

/** Thrown by services to answer with a specific code; the dispatcher turns it into an envelope. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[]
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
