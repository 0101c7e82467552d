/** GET /api/version: the release and schema, for signed-in users only; the mock answers the same release. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { versionInfo } from '#contract'
import { createMockApi } from '../../mock/api/dispatch'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'
import packageJson from '../../package.json'
import { readdirSync } from 'node:fs'

/** The newest migration file, which the server's start applies last. */
const lastMigration = readdirSync(new URL('../../server/db/migrations', import.meta.url))
  .map(f => f.replace(/\.ts$/, ''))
  .sort()
  .at(-1)

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('GET /api/version', () => {
  it("answers package.json's release and the last migration applied", async () => {
    const res = await t.get('/api/version')
    expect(res.status).toBe(200)
    expect(versionInfo.parse(res.body)).toEqual({
      version: packageJson.version,
      mode: 'live',
      schema: lastMigration,
    })
  })

  it('is not for anonymous probes', async () => {
    expect((await t.get('/api/version', null)).status).toBe(401)
  })

  it('answers the same release in the mock, without a schema', () => {
    const api = createMockApi(buildTestWorld())
    const login = api.handle({
      method: 'POST',
      path: '/api/auth/login',
      query: new URLSearchParams(),
      body: { username: 'admin', password: 'chain-demo' },
      cookies: {},
      headers: {},
    })
    const cookie = String(login.headers?.['set-cookie'] ?? '').split(';')[0]!
    const [name, value] = cookie.split('=') as [string, string]
    const res = api.handle({
      method: 'GET',
      path: '/api/version',
      query: new URLSearchParams(),
      body: undefined,
      cookies: { [name]: value },
      headers: {},
    })
    expect(res).toEqual({ status: 200, body: { version: packageJson.version, mode: 'mock', schema: null } })
  })
})
