import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chain, county, department } from '#contract'
import { z } from 'zod'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

const INDEX_HTML = '<!doctype html><html><body><div id="app">chain cockpit spa</div></body></html>'
let t: TestApp
let staticDir: string

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'chain-static-'))
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML)
  writeFileSync(join(staticDir, 'assets', 'app-abc123.js'), 'console.log("app")')
  t = await startTestApp(buildTestWorld(), '2026-06-30', staticDir)
})
afterAll(async () => {
  await t.close()
  rmSync(staticDir, { recursive: true, force: true })
})

describe('reference endpoints', () => {
  it('health reports live mode on SQLite', async () => {
    expect((await t.get('/api/health')).body).toEqual({ status: 'ok', mode: 'live', db: 'sqlite' })
  })

  it('chains, counties and departments come back as the world holds them', async () => {
    const world = buildTestWorld()
    expect(z.array(chain).parse((await t.get('/api/chains')).body)).toEqual(world.chains)
    expect((await t.get('/api/chains/2')).body).toEqual(world.chains[1])
    expect(z.array(county).parse((await t.get('/api/counties')).body)).toEqual(world.counties)
    expect(z.array(department).parse((await t.get('/api/departments')).body)).toEqual(world.departments)
  })
})

describe('OpenAPI and docs', () => {
  it('publishes an OpenAPI 3 document with every route', async () => {
    const doc = (await t.get('/api/openapi.json')).body
    expect(doc.openapi).toMatch(/^3\./)
    expect(doc.info.title).toBeTruthy()
    for (const path of [
      '/api/health',
      '/api/chains',
      '/api/chains/{id}',
      '/api/counties',
      '/api/departments',
      '/api/enterprises',
      '/api/enterprises/{id}',
      '/api/visits',
      '/api/visits/{id}',
      '/api/bottlenecks',
      '/api/bottlenecks/{id}',
      '/api/recommendations',
      '/api/recommendations/{id}',
      '/api/overview',
      '/api/trends',
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined()
    }
    const params = doc.paths['/api/bottlenecks'].get.parameters.map(
      (p: { name: string; in: string }) => `${p.in}:${p.name}`,
    )
    expect(params).toEqual(expect.arrayContaining(['query:status', 'query:warning', 'query:page', 'query:sort']))
    expect(doc.paths['/api/overview'].get.responses['200']).toBeDefined()
  })

  it('serves the interactive docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('swagger')
  })
})

describe('the SPA', () => {
  it.each(['/', '/overview', '/bottlenecks/12', '/deep/client/route?x=1'])('%s serves index.html', async path => {
    const res = await t.app.inject({ method: 'GET', url: path })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    // The page, with its boot data (tests/api/bootData.test.ts) before </body>.
    expect(res.body.replace(/<script type="application\/json" id="boot">.*?<\/script>/s, '')).toBe(INDEX_HTML)
  })

  it('serves files as files, fingerprinted assets cached for good', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe('console.log("app")')
    expect(res.headers['cache-control']).toContain('immutable')
  })

  it.each(['/config.json', '/favicon.ico', '/assets/missing-123.js'])(
    'a missing file %s is a 404, not the SPA',
    async path => {
      const res = await t.app.inject({ method: 'GET', url: path })
      expect(res.statusCode).toBe(404)
      expect(res.body).not.toBe(INDEX_HTML)
    },
  )

  it('does not answer unknown API paths with the SPA', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/unknown/thing' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('not_found')
  })
})

describe('security headers', () => {
  it.each(['/', '/api/chains'])('%s carries a CSP and the usual hardening headers', async path => {
    const res = await t.app.inject({ method: 'GET', url: path })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBeDefined()
    expect(res.headers['x-powered-by']).toBeUndefined()
  })
})
