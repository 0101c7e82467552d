/**
 * Every /api answer is `Cache-Control: no-store` unless it is public (issue 10, finding 11): the
 * JSON with enterprise contacts, the exports, the errors; health and the API documents are public,
 * and the SPA's own files keep their caching. Routes are enumerated from Fastify's route table.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'
import { routeTable } from '../support/routeTable'

let t: TestApp
let staticDir: string

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'chain-static-'))
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)')
  t = await startTestApp(buildTestWorld(), undefined, staticDir)
})
afterAll(async () => {
  await t.close()
  rmSync(staticDir, { recursive: true, force: true })
})

const PUBLIC = ['/api/health', '/api/openapi.json']

describe('Cache-Control on /api', () => {
  it("an enterprise's contacts come with no-store (today: no Cache-Control at all)", async () => {
    const res = await t.get('/api/enterprises/1')
    expect(res.status).toBe(200)
    expect(res.body.contact).toBeDefined()
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('every GET route under /api but the public ones answers no-store, whatever its status', async () => {
    const gets = routeTable(t.app).filter(
      r => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && !PUBLIC.includes(r.url),
    )
    expect(gets.length).toBeGreaterThan(30)
    for (const route of gets) {
      const url = route.url.replace(/:\w+/g, '1')
      const res = await t.get(url)
      expect(res.headers['cache-control'], `${url} (${res.status})`).toBe('no-store')
    }
  })

  it('errors, unknown routes and anonymous refusals are no-store too', async () => {
    for (const [url, cookie] of [
      ['/api/visits?page=0', undefined],
      ['/api/nothing-here', undefined],
      ['/api/chains', null],
    ] as const) {
      const res = await t.get(url, cookie)
      expect(res.status, url).toBeGreaterThanOrEqual(400)
      expect(res.headers['cache-control'], url).toBe('no-store')
    }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong password' },
    })
    expect(login.headers['cache-control']).toBe('no-store')
  })

  it('health and the API document are public: not forced to no-store', async () => {
    for (const url of PUBLIC) {
      const res = await t.get(url, null)
      expect(res.status, url).toBe(200)
      expect(res.headers['cache-control'], url).not.toBe('no-store')
    }
  })
})

describe("the SPA's files", () => {
  it("keep their caching: fingerprinted assets for a year; the page, which carries the session's data, never", async () => {
    expect((await t.get('/assets/index-abc123.js', null)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await t.get('/', null)).headers['cache-control']).toBe('no-store')
    expect((await t.get('/visits')).headers['cache-control']).toBe('no-store')
  })
})
