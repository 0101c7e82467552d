/**
 * How a command fails: the HTTP status and error body it maps to (WRITES.md, order of checks).
 * Commands return these instead of throwing, so the server and the mock answer identically.
 */
import type { ApiErrorBody } from '../errors'

export type CommandError =
  | { status: 400; code: 'validation_failed'; message: string; fields: Record<string, string> }
  | { status: 403; code: 'forbidden'; message: string }
  | { status: 404; code: 'not_found'; message: string }
  | { status: 409; code: 'stale_version'; message: string; current: unknown }
  | { status: 409; code: 'illegal_transition'; message: string; allowedActions: string[] }
  | { status: 409; code: 'conflict'; message: string }

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError }

/** A successful result. */
export function ok<T>(value: T): CommandResult<T> {
  return { ok: true, value }
}

/** A failed result. */
export function fail<T = never>(error: CommandError): CommandResult<T> {
  return { ok: false, error }
}

/** 400 naming each bad field by its path ("outcomes.0.enterpriseId"). */
export function invalid<T = never>(fields: Record<string, string>): CommandResult<T> {
  return fail({ status: 400, code: 'validation_failed', message: 'The request has invalid fields', fields })
}

/** 403: the user may not do this to this record. */
export function forbidden<T = never>(message = 'You may not do this to this record'): CommandResult<T> {
  return fail({ status: 403, code: 'forbidden', message })
}

/** 409 with the current record, shaped as its GET returns it. */
export function stale<T = never>(current: unknown): CommandResult<T> {
  return fail({ status: 409, code: 'stale_version', message: 'The record has changed since it was read', current })
}

/** 409 with the actions this user may take now. */
export function illegal<T = never>(action: string, state: string, allowedActions: readonly string[]): CommandResult<T> {
  return fail({
    status: 409,
    code: 'illegal_transition',
    message: `'${action}' is not possible while ${state}`,
    allowedActions: [...allowedActions],
  })
}

/** The API error body for a command error: `{ error: { code, message, fields?, current?, allowedActions? } }`. */
export function commandErrorBody(e: CommandError): ApiErrorBody {
  const { status: _status, ...error } = e
  return { error }
}
