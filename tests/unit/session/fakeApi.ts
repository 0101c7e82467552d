/**
 * Answers the one axios instance's requests from a table, through its real interceptors: a
 * test says what each URL returns and sees every request that went out.
 */
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios'
import { AxiosError } from 'axios'
import { http } from '@/api/http'

/** A reply; `after` holds it back until that promise settles (to order concurrent requests). */
export type Answer =
  { status: number; body?: unknown; headers?: Record<string, string>; after?: Promise<void> } | 'network-down'

export interface FakeApi {
  calls: InternalAxiosRequestConfig[]
  answer: (method: string, url: string, reply: Answer) => void
  restore: () => void
}

/** Replaces the adapter of `http`; unanswered requests fail as 404. */
export function fakeApi(): FakeApi {
  const original = http.defaults.adapter
  const table = new Map<string, Answer>()
  const calls: InternalAxiosRequestConfig[] = []
  const adapter: AxiosAdapter = async config => {
    calls.push(config)
    const reply = table.get(`${config.method?.toUpperCase()} ${config.url}`) ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'no such route' } },
    }
    if (reply === 'network-down') throw new AxiosError('Network Error', 'ERR_NETWORK', config)
    await reply.after
    const response: AxiosResponse = {
      data: reply.body ?? null,
      status: reply.status,
      statusText: '',
      headers: reply.headers ?? {},
      config,
    }
    if (reply.status >= 400)
      throw new AxiosError(
        `Request failed with status code ${reply.status}`,
        'ERR_BAD_RESPONSE',
        config,
        undefined,
        response,
      )
    return response
  }
  http.defaults.adapter = adapter
  return {
    calls,
    answer: (method, url, reply) => {
      table.set(`${method} ${url}`, reply)
    },
    restore: () => {
      http.defaults.adapter = original
    },
  }
}

export const LIAISON = {
  id: 3,
  username: 'liaison',
  displayName: '金联络',
  role: 'liaison' as const,
  chainIds: [1, 2],
  departmentId: null,
}
export const UNAUTHORIZED: Answer = { status: 401, body: { error: { code: 'unauthorized', message: 'not signed in' } } }
/** GET /api/auth/me's answer when nobody is signed in: 200 with no user, not a 401. */
export const SIGNED_OUT: Answer = { status: 200, body: { user: null } }
/** GET /api/auth/me's answer for `user`. */
export const signedInAs = (user: object): Answer => ({ status: 200, body: { user } })
