/**
 * The one axios instance. API functions return domain types; every failure becomes an ApiError
 * with the server's structured error (or a network/unknown code), never an AxiosError.
 *
 * The seams the app sets (when requests may leave, what a 401 means) are in requestHooks.ts and
 * the error type in apiError.ts, both without axios; they are re-exported here.
 */
import axios, { type AxiosRequestConfig } from 'axios'
import type { z } from 'zod'
import { MASKED_REQUEST_HEADER } from '#contract'
import { getConfig } from '@/config'
import { ApiError } from './apiError'
import { isBackgroundRefresh, reportUnauthorized, requestsMayLeave } from './requestHooks'

export { ApiError, type ApiErrorDetails } from './apiError'
export { holdRequestsUntil, onUnauthorized, setBackgroundRefresh, setDisplayMode } from './requestHooks'

export const http = axios.create({ timeout: 20_000, withCredentials: true })

http.interceptors.request.use(async config => {
  await requestsMayLeave()
  config.baseURL = getConfig().apiBaseUrl
  if (isBackgroundRefresh()) config.headers.set('X-Background', '1')
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
    if (res?.status === 401) reportUnauthorized(err.config?.url ?? '')
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
