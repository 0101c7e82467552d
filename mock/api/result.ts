/**
 * What a mock route returns: an HTTP status and a JSON body, in the contract's error shape when
 * it fails. Kept free of MSW so the query logic is testable on its own.
 */
import { failureBody, fieldsFromZodIssues, type ApiErrorBody, type ApiFailure, type FieldIssue } from '#contract'
import type { z } from 'zod'

export interface ApiResult {
  status: number
  body: unknown
}

/** 200 with `body`. */
export function ok(body: unknown): ApiResult {
  return { status: 200, body }
}

/** Where parameters come from, named in the message as the server's validation names it. */
export type ParamSource = 'querystring' | 'params'

/** 400 validation_failed, naming each bad parameter in `fields` (keyed by parameter, as the server does). */
export function validationFailed(issues: readonly FieldIssue[], where: ParamSource = 'querystring'): ApiResult {
  const fields = fieldsFromZodIssues(issues, true)
  const body: ApiErrorBody = { error: { code: 'validation_failed', message: `invalid ${where}`, fields } }
  return { status: 400, body }
}

/** 400 validation_failed 'invalid querystring' with field errors a rule beyond the query schema found. */
export function invalidQuery(fields: Record<string, string>): ApiResult {
  const body: ApiErrorBody = { error: { code: 'validation_failed', message: 'invalid querystring', fields } }
  return { status: 400, body }
}

/** The answer of a failure the contract spells (contract/errors.ts), as the server answers it. */
export function failed(failure: ApiFailure): ApiResult {
  return { status: failure.status, body: failureBody(failure) }
}

/** 404 not_found. */
export function notFound(message: string): ApiResult {
  const body: ApiErrorBody = { error: { code: 'not_found', message } }
  return { status: 404, body }
}

/**
 * Parses query parameters (or path parameters) with a contract schema. A repeated parameter
 * counts once, with its last value, as most servers read it.
 */
export function parseParams<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams | Record<string, string | readonly string[] | undefined>,
  where: ParamSource = 'querystring',
): { ok: true; value: z.infer<S> } | { ok: false; result: ApiResult } {
  const raw: Record<string, string> = {}
  if (params instanceof URLSearchParams)
    params.forEach((v, k) => {
      raw[k] = v
    })
  else
    for (const [k, v] of Object.entries(params))
      if (v !== undefined) raw[k] = typeof v === 'string' ? v : v[v.length - 1]!
  const parsed = schema.safeParse(raw)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, result: validationFailed(parsed.error.issues, where) }
}
