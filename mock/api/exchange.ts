/**
 * One request and one answer of the mock API, free of MSW: the dispatcher and every route work
 * on these, so the whole mock is testable without a service worker.
 */
import type { ApiErrorBody, ErrorCode, SessionUser } from '#contract'
import type { ApiResult } from './result'

/** The body of a request whose text is not JSON (the dispatcher answers it with a 400). */
export const INVALID_JSON = Symbol('invalid JSON body')

export interface MockRequest {
  method: string
  /** The path from '/api/' on, e.g. '/api/bottlenecks/5/transitions'. */
  path: string
  query: URLSearchParams
  /** The parsed JSON body; undefined when the request had none, INVALID_JSON when it was not JSON. */
  body: unknown
  /** Request cookies by name (MSW merges document.cookie with the Cookie header). */
  cookies: Readonly<Record<string, string>>
  /** Request headers, lower-case names. */
  headers: Readonly<Record<string, string>>
}

/**
 * A file to download (the list exports): its bytes, written once the route has answered. exceljs
 * writes a workbook asynchronously while a route answers at once, so the route fixes the file's
 * content (its rows) when it answers and only the writing is left to `bytes`.
 */
export class FileBody {
  constructor(readonly bytes: () => Promise<ArrayBuffer>) {}
}

/**
 * A route's answer: status and JSON body (null for 204; a FileBody for a download, its type in the
 * headers), plus response headers such as Set-Cookie.
 */
export interface MockResponse extends ApiResult {
  headers?: Record<string, string>
}

/** What a route behind the session guard receives: the request and who made it. */
export interface SignedInRequest extends MockRequest {
  user: SessionUser
}

/** An error answer in the contract's shape. */
export function problem(
  status: number,
  code: ErrorCode,
  message: string,
  extra: Omit<ApiErrorBody['error'], 'code' | 'message'> = {},
): MockResponse {
  const body: ApiErrorBody = { error: { code, message, ...extra } }
  return { status, body }
}

/** 204 No Content. */
export function noContent(headers?: Record<string, string>): MockResponse {
  return { status: 204, body: null, ...(headers ? { headers } : {}) }
}
