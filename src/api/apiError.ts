/**
 * The one error type of the API layer: the server's structured error (or a network/unknown code),
 * never an AxiosError. A module of its own, without axios, so code that only recognises errors
 * (the session store, forms) does not bring the HTTP client into the app's first chunk.
 */
/** What some errors carry besides code and fields. */
export interface ApiErrorDetails {
  /** 409 stale_version: the record as it is now (same shape as its GET). */
  current?: unknown
  /** 409 illegal_transition: the actions this user may take now. */
  allowedActions?: readonly string[]
  /** 429: seconds until another attempt is allowed (the Retry-After header). */
  retryAfterSeconds?: number
  /** The live server's id of the failed request, on its log lines too: for the user to quote. */
  requestId?: string
}

export class ApiError extends Error {
  readonly current?: unknown
  readonly allowedActions?: readonly string[]
  readonly retryAfterSeconds?: number
  readonly requestId?: string

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    details: ApiErrorDetails = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.current = details.current
    this.allowedActions = details.allowedActions
    this.retryAfterSeconds = details.retryAfterSeconds
    this.requestId = details.requestId
  }
}
