/**
 * What a mock route returns: an HTTP status and a JSON body, in the contract's error shape when
 * it fails. Kept free of MSW so the query logic is testable on its own.
 */
import { fieldsFromZodIssues, type ApiErrorBody } from '#contract'
import type { z } from 'zod'

export interface ApiResult { status: number, body: unknown }

/** 200 with `body`. */
export function ok(body: unknown): ApiResult {
  return { status: 200, body }
}

interface Issue { path: readonly PropertyKey[], message: string, code?: string, keys?: readonly string[] }

/**
 * 400 validation_failed, naming each bad parameter in `fields`. Parameters are flat, so a bad item
 * of a comma list (status=bogus, zod path status.0) names the parameter itself; unknown
 * parameters are named one by one with 'unknown parameter'.
 */
export function validationFailed(issues: readonly Issue[]): ApiResult {
  const flat = issues.flatMap((i): { path: readonly PropertyKey[], message: string }[] => (i.code === 'unrecognized_keys' && i.keys
    ? i.keys.map(k => ({ path: [k], message: 'unknown parameter' }))
    : [{ path: i.path.slice(0, 1), message: i.message }]))
  const fields = fieldsFromZodIssues(flat)
  const body: ApiErrorBody = { error: { code: 'validation_failed', message: `Invalid parameter: ${Object.keys(fields).join(', ')}`, fields } }
  return { status: 400, body }
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
export function parseParams<S extends z.ZodType>(schema: S, params: URLSearchParams | Record<string, string | readonly string[] | undefined>): { ok: true, value: z.infer<S> } | { ok: false, result: ApiResult } {
  const raw: Record<string, string> = {}
  if (params instanceof URLSearchParams) params.forEach((v, k) => { raw[k] = v })
  else for (const [k, v] of Object.entries(params)) if (v !== undefined) raw[k] = typeof v === 'string' ? v : v[v.length - 1]!
  const parsed = schema.safeParse(raw)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, result: validationFailed(parsed.error.issues) }
}
