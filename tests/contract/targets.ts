/**
 * The two implementations of the API contract, behind one tiny interface: the MSW handlers the
 * browser mock uses (resolved in-process with msw's getResponse, no interception) and the live
 * Fastify server on a temporary SQLite file (through app.inject). Both serve the same World, on
 * the same pinned clock, and sign in the same demo accounts with the same password.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { getResponse } from 'msw'
import type { World } from '#contract'
import { createHandlers } from '../../mock/handlers'
import { DEMO_PASSWORD } from '../../mock/api/auth/accounts'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import type { Database } from '../../server/db/schema'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import { ensureDemoPasswords } from '../../server/services/bootstrapAccounts'

export interface ApiResult {
  status: number
  /** The parsed JSON, null when empty, or the bytes of a file (an xlsx export: see isFile). */
  body: unknown
  headers: Record<string, string>
}

/** True for an answer that is a file rather than JSON (the list exports), read as bytes on both sides. */
function isFile(headers: Record<string, string>): boolean {
  const type = headers['content-type'] ?? ''
  return type !== '' && !/json/i.test(type)
}

/** The pinned clock both sides run on. */
export interface Clock {
  today: string
  now: () => Date
}

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
}

/** Sends requests as one party: anonymous, or with one signed-in user's session cookie. */
export interface ApiClient {
  get(path: string, headers?: Record<string, string>): Promise<ApiResult>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResult>
  patch(path: string, body: unknown): Promise<ApiResult>
  put(path: string, body: unknown): Promise<ApiResult>
  delete(path: string, headers?: Record<string, string>): Promise<ApiResult>
}

export interface ApiTarget {
  name: string
  /** No session cookie. */
  anonymous: ApiClient
  /** Signs `username` in (once, with the demo password) and sends as them; throws if the login fails. */
  as(username: string): Promise<ApiClient>
  /** POST /api/auth/login with `username` and `password` (default: the demo password), without keeping the session. */
  login(username: string, password?: string): Promise<ApiResult>
  close(): Promise<void>
}

type Send = (method: string, path: string, opts: RequestOptions) => Promise<ApiResult>

/** The `name=value` part of a Set-Cookie header. */
function cookiePair(setCookie: string | undefined): string | undefined {
  return setCookie?.split(';')[0]
}

/** Builds the client/session plumbing over one transport. */
function targetOver(name: string, send: Send, close: () => Promise<void>): ApiTarget {
  const client = (cookie?: string): ApiClient => {
    const withCookie = (headers: Record<string, string> = {}) => (cookie ? { ...headers, cookie } : headers)
    return {
      get: (path, headers) => send('GET', path, { headers: withCookie(headers) }),
      post: (path, body, headers) => send('POST', path, { body, headers: withCookie(headers) }),
      patch: (path, body) => send('PATCH', path, { body, headers: withCookie() }),
      put: (path, body) => send('PUT', path, { body, headers: withCookie() }),
      delete: (path, headers) => send('DELETE', path, { headers: withCookie(headers) }),
    }
  }
  const sessions = new Map<string, ApiClient>()
  const login = (username: string, password = DEMO_PASSWORD) =>
    send('POST', '/api/auth/login', { body: { username, password }, headers: {} })
  const target: ApiTarget = {
    name,
    anonymous: client(),
    async as(username) {
      let found = sessions.get(username)
      if (!found) {
        const res = await login(username)
        if (res.status !== 200)
          throw new Error(`${name}: login as ${username} answered ${res.status} ${JSON.stringify(res.body)}`)
        found = client(cookiePair(res.headers['set-cookie']))
        sessions.set(username, found)
      }
      return found
    },
    login,
    close,
  }
  return target
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

/** The in-browser mock's handlers over `world` (which they change in place), on `clock`. */
export function mockTarget(world: World, clock: Clock): ApiTarget {
  const handlers = createHandlers(world, { today: clock.today, now: clock.now })
  return targetOver(
    'mock',
    async (method, path, { body, headers = {} }) => {
      const hasBody = body !== undefined
      const request = new Request(`http://localhost${path}`, {
        method,
        headers: hasBody ? { 'content-type': 'application/json', ...headers } : headers,
        body: hasBody ? JSON.stringify(body) : undefined,
      })
      const res = await getResponse(handlers, request)
      if (!res) return { status: 404, body: null, headers: {} }
      const headersOut = headersOf(res.headers)
      if (isFile(headersOut))
        return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), headers: headersOut }
      const text = await res.text()
      return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown), headers: headersOut }
    },
    async () => {},
  )
}

/**
 * A live error body without its `requestId`: the id points into the server's log, which the mock
 * does not have, so it is checked here (present on every live error) and left out of comparisons.
 */
function withoutRequestId(body: unknown): unknown {
  const error = (body as { error?: Record<string, unknown> } | null)?.error
  if (!error || typeof error !== 'object') return body
  const { requestId, ...rest } = error
  if (typeof requestId !== 'string' || requestId === '')
    throw new Error(`live error without a requestId: ${JSON.stringify(body)}`)
  return { ...(body as object), error: rest }
}

/**
 * The live app on a fresh SQLite file seeded with `world`, the demo accounts given the demo password.
 * `setUp` runs on the database before the app starts (e.g. to give it the mock's pseudonym secret).
 */
export async function liveTarget(
  world: World,
  clock: Clock,
  setUp?: (db: Kysely<Database>) => Promise<void>,
): Promise<ApiTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'chain-contract-'))
  const db = openDatabase(join(dir, 'contract.sqlite'))
  await migrateToLatest(db)
  await seedWorld(db, world)
  await ensureDemoPasswords(db)
  await setUp?.(db)
  // A variable, not a literal: `now` is the write path's clock option, which buildApp may not know yet.
  const options = { db, today: () => clock.today, now: clock.now }
  const app = await buildApp(options)
  return targetOver(
    'live',
    async (method, path, { body, headers = {} }) => {
      const res = await app.inject({
        method: method as 'GET',
        url: path,
        headers,
        ...(body === undefined ? {} : { payload: body as object }),
      })
      const headersOut = Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
      )
      if (isFile(headersOut))
        return { status: res.statusCode, body: new Uint8Array(res.rawPayload), headers: headersOut }
      return {
        status: res.statusCode,
        body: res.body === '' ? null : res.statusCode >= 400 ? withoutRequestId(res.json()) : (res.json() as unknown),
        headers: headersOut,
      }
    },
    async () => {
      await app.close()
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  )
}
