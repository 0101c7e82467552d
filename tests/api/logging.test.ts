/**
 * Every failure leaves a trace (issue 10, finding 13): JSON log lines with a request id on each,
 * the same id in every error body and in X-Request-Id, 5xx logged with the stack, and no cookie,
 * Authorization header or display-link token in the log. The log is captured from a built app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import { readConfig } from '../../server/config'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

let t: TestApp
let app: Awaited<ReturnType<typeof buildApp>>
const lines: string[] = []
const logged = () => lines.map(l => JSON.parse(l) as Record<string, unknown>)

beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
  // A second app on the same database, logging into `lines`.
  app = await buildApp({
    db: t.db,
    today: () => '2026-06-30',
    logger: { level: 'info', stream: { write: line => void lines.push(line) } },
  })
})
afterAll(async () => {
  await app.close()
  await t.close()
})

describe('request ids', () => {
  it('every error body names the request id, which X-Request-Id repeats', async () => {
    const cases = [
      await app.inject({ method: 'GET', url: '/api/chains' }),
      await app.inject({ method: 'GET', url: '/api/visits?page=0', headers: { cookie: t.cookie } }),
      await app.inject({ method: 'GET', url: '/api/no-such-route', headers: { cookie: t.cookie } }),
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } }),
    ]
    expect(cases.map(r => r.statusCode)).toEqual([401, 400, 404, 400])
    for (const res of cases) {
      const id = res.json().error.requestId as string
      expect(id).toMatch(/^[0-9a-f]{12}$/)
      expect(res.headers['x-request-id']).toBe(id)
    }
    expect(new Set(cases.map(r => r.json().error.requestId)).size).toBe(cases.length)
  })

  it('every log line about a request carries its id', async () => {
    lines.length = 0
    const res = await app.inject({ method: 'GET', url: '/api/chains', headers: { cookie: t.cookie } })
    const id = res.headers['x-request-id']
    const mine = logged().filter(l => l.reqId === id)
    expect(mine.map(l => l.msg)).toEqual(['incoming request', 'request completed'])
    expect(logged().filter(l => l.reqId === undefined)).toEqual([])
  })
})

describe('a 500', () => {
  it('is logged with its stack under the id the user sees, and the body says nothing more (today: logged nowhere)', async () => {
    // A broken database: every enterprise read now fails inside SQLite.
    await t.db.schema.alterTable('enterprises').renameTo('enterprises_gone').execute()
    try {
      lines.length = 0
      const res = await app.inject({
        method: 'GET',
        url: '/api/enterprises',
        headers: { cookie: t.cookie, authorization: 'Bearer leaked-bearer-token' },
      })
      expect(res.statusCode).toBe(500)
      const { error } = res.json()
      expect(error).toEqual({ code: 'internal', message: 'internal server error', requestId: expect.any(String) })
      const failure = logged().find(l => l.reqId === error.requestId && l.level === 50)
      expect(failure).toBeDefined()
      const err = failure!.err as { stack: string; message: string }
      expect(err.message).toMatch(/no such table: enterprises/)
      expect(err.stack).toMatch(/\n\s+at /)
    } finally {
      await t.db.schema.alterTable('enterprises_gone').renameTo('enterprises').execute()
    }
  })
})

describe('secrets stay out of the log', () => {
  it('no cookie, Authorization header or display token appears in any line', async () => {
    lines.length = 0
    const session = t.cookie.split('=')[1]!
    await app.inject({ method: 'GET', url: '/api/chains', headers: { cookie: t.cookie } })
    await app.inject({
      method: 'GET',
      url: '/api/display',
      headers: { authorization: 'Display display-secret-1234567890' },
    })
    await app.inject({ method: 'GET', url: '/display/display-secret-abcdefghij?x=1' })
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'typed-password-42' },
    })
    const text = lines.join('\n')
    expect(lines.length).toBeGreaterThan(6)
    for (const secret of [session, 'display-secret-1234567890', 'display-secret-abcdefghij', 'typed-password-42'])
      expect(text).not.toContain(secret)
    expect(logged().some(l => (l.req as { url?: string } | undefined)?.url === '/display/[redacted]?x=1')).toBe(true)
  })
})

describe('configuration', () => {
  it('LOG_LEVEL defaults to info and must name a pino level', () => {
    expect(readConfig({}).logLevel).toBe('info')
    expect(readConfig({ LOG_LEVEL: 'warn' }).logLevel).toBe('warn')
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })

  it('SESSION_IDLE_MINUTES defaults to 8 hours', () => {
    expect(readConfig({}).sessionIdleMs).toBe(8 * 3_600_000)
    expect(readConfig({ SESSION_IDLE_MINUTES: '30' }).sessionIdleMs).toBe(30 * 60_000)
    expect(() => readConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/)
  })
})
