/** Errors the routes and services raise on purpose; the one error handler turns them into responses. */
import { invalidBodyFailure, notFoundFailure, staleVersionFailure, type ApiFailure, type ErrorCode } from '#contract'

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

/** The ApiProblem of a failure the contract spells (contract/errors.ts): its status, code, message, fields and further keys. */
export function problemOf(failure: ApiFailure): ApiProblem {
  const { status, code, message, fields, ...details } = failure
  return new ApiProblem(status, code, message, fields, Object.keys(details).length > 0 ? details : undefined)
}

/** 404 for an id that does not exist. */
export function notFound(what: string, id: number | string): ApiProblem {
  return problemOf(notFoundFailure(what, id))
}

/** 409 stale_version carrying the record as it is now, so the form can show it. */
export function staleVersion(current: unknown): ApiProblem {
  return problemOf(staleVersionFailure(current))
}

/** 400 validation_failed naming the bad fields (checks that need the database). */
export function invalid(fields: Record<string, string>): ApiProblem {
  return problemOf(invalidBodyFailure(fields))
}
