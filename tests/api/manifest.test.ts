/**
 * The route manifest is the API (issue 12 §1): the live server serves exactly its entries (read off
 * the OpenAPI document the server builds from what it registered), with each entry's statuses, and
 * the mock answers every entry. A route added to one side only fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifestRoutes, routeUrl, type RouteDef } from '#contract'
import { createMockApi } from '../../mock/api/dispatch'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`

interface Operation {
  responses: Record<string, unknown>
}

async function servedOperations(): Promise<Map<string, Operation>> {
  const doc = (await t.get('/api/openapi.json', null)).body as { paths: Record<string, Record<string, Operation>> }
  const served = new Map<string, Operation>()
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) served.set(keyOf(method, path), op)
  }
  return served
}

describe('the route manifest', () => {
  it('is what the live server serves: no route on one side only', async () => {
    const served = [...(await servedOperations()).keys()].sort()
    const declared = manifestRoutes()
      .map(r => keyOf(r.method, r.path))
      .sort()
    expect(served).toEqual(declared)
  })

  it("declares each route's answers as the server documents them", async () => {
    const served = await servedOperations()
    for (const r of manifestRoutes()) {
      const statuses = Object.keys(served.get(keyOf(r.method, r.path))!.responses)
      const expected = [...r.errors, ...(r.access === 'public' ? [] : [401])].map(String)
      if (r.response !== null && r.response !== 'file') expected.push(String(r.status))
      expect(statuses, `${r.method} ${r.path}`).toEqual(expect.arrayContaining(expected))
    }
  })

  it("is what the mock answers: every route reaches its own handler, not another's", () => {
    const api = createMockApi(buildTestWorld())
    // A path reaching some handler is not enough: `/api/visits/export.xlsx` once reached the visit
    // detail's and answered 400 for its id. The route that answers must be the entry's.
    const reached = (r: RouteDef) => api.routeOf(r.method, routeUrl(r.path, { id: 1, segmentId: 1, year: 2026 }))
    expect(
      manifestRoutes()
        .filter(r => reached(r) !== r.path)
        .map(r => `${r.method} ${r.path} → ${reached(r) ?? 'no route'}`),
    ).toEqual([])
  })
})
