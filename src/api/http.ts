/**
 * The one axios instance. API functions return domain types; every failure becomes an ApiError
 * with the server's structured error (or a network/unknown code), never an AxiosError.
 *
 * Two seams keep this layer free of UI, stores and the router (DESIGN.md, conventions 2):
 * `holdRequestsUntil` lets the app delay requests until the runtime config and the mock worker
 * are ready, and `onUnauthorized` lets the app decide what a 401 means (sign the user out).
 */
import axios, { type AxiosRequestConfig } from 'axios'
import type { z } from 'zod'
import { MASKED_REQUEST_HEADER } from '#contract'
import { getConfig } from '@/config'

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

export const http = axios.create({ timeout: 20_000, withCredentials: true })

let requestsReady: Promise<unknown> = Promise.resolve()

/**
 * Makes every request wait for `ready` (the runtime config and, in mock mode, the service worker):
 * the router's first navigation asks who is signed in before either exists. A failed `ready`
 * does not block requests; they go out with the build defaults.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestsReady = ready.catch(() => undefined)
}

/** URLs whose 401 is an answer, not an expired session: wrong credentials, or "nobody is signed in". */
const AUTH_PROBES = ['/api/auth/login', '/api/auth/me']

let unauthorizedHandler: (() => void) | undefined

/** Registers what happens when the API says the session is gone (any 401 except the auth probes). */
export function onUnauthorized(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler
}

let displayMode = false
let displayRevokedHandler: (() => void) | undefined

/**
 * While a display screen authenticates with a display token, a 401 means "this link was revoked":
 * `onRevoked` runs instead of the sign-out handler, so the screen never falls to the sign-in page.
 */
export function setDisplayMode(on: boolean, onRevoked?: () => void): void {
  displayMode = on
  displayRevokedHandler = on ? onRevoked : undefined
}

let background = false

/**
 * While on, every request says it is a background refresh (`X-Background: 1`), which the server
 * does not count as the user's activity, so a screen left refreshing does not keep a session from
 * idling out. The presentation player turns it on once its slides are first loaded.
 */
export function setBackgroundRefresh(on: boolean): void {
  background = on
}

http.interceptors.request.use(async config => {
  await requestsReady
  config.baseURL = getConfig().apiBaseUrl
  if (background) config.headers.set('X-Background', '1')
  return config
})

interface ErrorBody {
  error?: {
    code?: string
    message?: string
    fields?: Record<string, string>
    current?: unknown
    allowedActions?: string[]
    requestId?: string
  }
}

function retryAfter(header: unknown): number | undefined {
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}

http.interceptors.response.use(undefined, (err: unknown) => {
  if (axios.isAxiosError(err)) {
    const res = err.response
    if (res?.status === 401 && !AUTH_PROBES.some(p => (err.config?.url ?? '').endsWith(p)))
      (displayMode ? displayRevokedHandler : unauthorizedHandler)?.()
    const body = res?.data as ErrorBody | undefined
    if (res && body?.error?.code) {
      const { code, message, fields, current, allowedActions, requestId } = body.error
      return Promise.reject(
        new ApiError(res.status, code, message ?? '', fields, {
          current,
          allowedActions,
          retryAfterSeconds: retryAfter(res.headers?.['retry-after']),
          requestId: typeof requestId === 'string' ? requestId : undefined,
        }),
      )
    }
    if (res) return Promise.reject(new ApiError(res.status, 'http_error', err.message))
    return Promise.reject(new ApiError(0, 'network_error', err.message))
  }
  return Promise.reject(new ApiError(0, 'unknown', String(err)))
})

/** Checks a JSON body against its contract schema; a mismatch is an ApiError 'bad_response'. */
export function checkJson<S extends z.ZodType>(url: string, schema: S, status: number, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(status, 'bad_response', `Unexpected response from ${url}`)
  return parsed.data
}

/** How a read is asked for. */
export interface ReadOptions {
  /** A masked stage's read: the server answers with pseudonyms and rounded amounts (issue 10). */
  masked?: boolean
}

/** The headers of a read with `options`. */
export function readHeaders(options: ReadOptions = {}): Record<string, string> {
  return options.masked ? { [MASKED_REQUEST_HEADER]: '1' } : {}
}

/** GET a JSON resource and check it against its contract schema. */
export async function getJson<S extends z.ZodType>(
  url: string,
  schema: S,
  params?: AxiosRequestConfig['params'],
  options?: ReadOptions,
): Promise<z.infer<S>> {
  const res = await http.get(url, { params, headers: readHeaders(options) })
  return checkJson(url, schema, res.status, res.data)
}
