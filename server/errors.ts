/** Errors the routes and services raise on purpose; the one error handler turns them into responses. */
import type { ErrorCode } from '#contract'

export class ApiProblem extends Error {
  /** `details` are further keys of the error body, e.g. `current` on a stale_version, `allowedActions` on an illegal_transition. */
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'ApiProblem'
  }
}

/** 404 for an id that does not exist. */
export function notFound(what: string, id: number | string): ApiProblem {
  return new ApiProblem(404, 'not_found', `${what} ${id} not found`)
}
