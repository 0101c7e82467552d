// @vitest-environment node
/**
 * API answers travel compressed to a client that accepts it (a phone on a weak signal reads the
 * Overview in a fifth of the bytes), are plain to one that does not, and the xlsx exports — zip
 * files already — are never compressed again.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

const get = (url: string, encoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: t.cookie, ...(encoding ? { 'accept-encoding': encoding } : {}) },
  })

describe('response compression', () => {
  it('sends the Overview as brotli (or gzip) to a client that accepts it, with the same JSON inside', async () => {
    const plain = await get('/api/overview?from=2025-07-01&to=2026-06-30')
    expect(plain.headers['content-encoding']).toBeUndefined()
    const br = await get('/api/overview?from=2025-07-01&to=2026-06-30', 'br, gzip')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2)
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json())
    const gz = await get('/api/overview?from=2025-07-01&to=2026-06-30', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(plain.json())
  })

  it('leaves the xlsx exports alone: they are compressed files already', async () => {
    const res = await get('/api/visits/export.xlsx', 'br, gzip')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK')
  })
})
