/**
 * The one axios instance. API functions return domain types; every failure becomes an ApiError
 * with the server's structured error (or a network/unknown code), never an AxiosError.
 */
import axios, { type AxiosRequestConfig } from 'axios'
import type { z } from 'zod'
import { getConfig } from '@/config'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const http = axios.create({ timeout: 20_000, withCredentials: true })

http.interceptors.request.use((config) => {
  config.baseURL = getConfig().apiBaseUrl
  return config
})

http.interceptors.response.use(undefined, (err: unknown) => {
  if (axios.isAxiosError(err)) {
    const body = err.response?.data as { error?: { code?: string, message?: string, fields?: Record<string, string> } } | undefined
    if (err.response && body?.error?.code)
      return Promise.reject(new ApiError(err.response.status, body.error.code, body.error.message ?? '', body.error.fields))
    if (err.response)
      return Promise.reject(new ApiError(err.response.status, 'http_error', err.message))
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

/** GET a JSON resource and check it against its contract schema. */
export async function getJson<S extends z.ZodType>(url: string, schema: S, params?: AxiosRequestConfig['params']): Promise<z.infer<S>> {
  const res = await http.get(url, { params })
  return checkJson(url, schema, res.status, res.data)
}
