import { z } from 'zod'

export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'unauthorized',
  'forbidden',
  'stale_version',
  'illegal_transition',
  'idempotency_key_reused',
  'rate_limited',
  'conflict',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The one error shape every failing API response carries. `fields` maps a field path to its message. */
export const apiErrorBody = z.object({
  error: z
    .object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      /** The live server's id of the request, also on its log lines, for the user to quote; the mock has no log and sends none. */
      requestId: z.string().optional(),
    })
    .catchall(z.unknown()),
})
export type ApiErrorBody = z.infer<typeof apiErrorBody>

/** A validation problem: zod's issue, or the server's validation error mapped to the same shape. */
export interface FieldIssue {
  path: readonly PropertyKey[]
  message: string
  /** 'unrecognized_keys' with `keys` names unknown fields one by one. */
  code?: string
  keys?: readonly string[]
}

/**
 * Turns validation issues into the `fields` map: "page" → "Too small: expected number to be >=1".
 * With `byParameter` (query strings, path parameters, which are flat) an issue deep in a value —
 * the second item of status=assigned,bogus — is keyed by the parameter's own name. Unknown fields
 * are named one by one as 'unknown parameter'. The server and the mock both answer through this.
 */
export function fieldsFromZodIssues(issues: readonly FieldIssue[], byParameter = false): Record<string, string> {
  // A null-prototype map, so a parameter named __proto__ or constructor is reported, not swallowed.
  const fields: Record<string, string> = Object.create(null)
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.map(String).join('.') || '_'
    if (!Object.hasOwn(fields, key)) fields[key] = message
  }
  for (const issue of issues) {
    const path = byParameter ? issue.path.slice(0, 1) : issue.path
    if (issue.code === 'unrecognized_keys' && issue.keys)
      for (const k of issue.keys) add(byParameter ? [k] : [...issue.path, k], 'unknown parameter')
    else add(path, issue.message)
  }
  return { ...fields }
}

/**
 * An error answer as a status and the keys of its body's `error` (further keys such as `current`
 * ride along): the failures below are spelled once here, and the server throws them
 * (server/errors.ts `problemOf`) and the mock answers them (mock/api/exchange.ts `failed`).
 */
export type ApiFailure = {
  status: number
  code: ErrorCode
  message: string
  fields?: Record<string, string>
} & Record<string, unknown>

/** The error body of `failure`: `{ error: { code, message, fields?, …its further keys } }`. */
export function failureBody(failure: ApiFailure): ApiErrorBody {
  const { status: _status, ...error } = failure
  return { error }
}

/** 404 not_found for an id that does not exist: "visit 7 not found". */
export function notFoundFailure(what: string, id: number | string): ApiFailure {
  return { status: 404, code: 'not_found', message: `${what} ${id} not found` }
}

/** 409 stale_version carrying the record as it is now (a write on an older version), so the form can show it. */
export function staleVersionFailure(current: unknown): ApiFailure {
  return { status: 409, code: 'stale_version', message: 'someone else saved this record first; reload it', current }
}

/** 400 validation_failed naming the bad fields of a body that passed its schema (checks that need the stored data). */
export function invalidBodyFailure(fields: Record<string, string>): ApiFailure {
  return { status: 400, code: 'validation_failed', message: 'invalid request body', fields }
}

/** 401 unauthorized: no live session (nor a display link) on a guarded route. */
export function notSignedInFailure(): ApiFailure {
  return { status: 401, code: 'unauthorized', message: 'not signed in' }
}
