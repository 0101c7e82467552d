/** The OpenAPI document lists the write routes with their request bodies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestWorld, startTestApp, type TestApp } from '../../support/apiWorld'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('the OpenAPI document', () => {
  it.each([
    ['/api/visits', 'post'],
    ['/api/visits/{id}', 'patch'],
    ['/api/bottlenecks', 'post'],
    ['/api/bottlenecks/{id}', 'patch'],
    ['/api/bottlenecks/{id}/transitions', 'post'],
    ['/api/recommendations', 'post'],
    ['/api/recommendations/{id}', 'patch'],
    ['/api/recommendations/{id}/transitions', 'post'],
  ])('lists %s %s with a JSON body and its answers', async (path, method) => {
    const doc = (await t.get('/api/openapi.json', null)).body
    const op = doc.paths[path]?.[method]
    expect(op, `${method} ${path}`).toBeDefined()
    expect(op.requestBody.content['application/json'].schema).toBeDefined()
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '409']))
  })

  it.each(['/api/audit', '/api/queue'])('lists GET %s', async path => {
    const doc = (await t.get('/api/openapi.json', null)).body
    expect(doc.paths[path]?.get).toBeDefined()
  })
})
