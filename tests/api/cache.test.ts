import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'
import { bumpDataVersion } from '../../server/repositories/meta'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('the aggregate cache', () => {
  it('serves the same numbers until data_version moves, then recomputes', async () => {
    const url = '/api/overview?from=2025-01-01&to=2026-06-30'
    const first = (await t.get(url)).body
    // A change written without bumping data_version stays invisible to the cached overview…
    await t.db.deleteFrom('visit_day_chain').execute()
    expect((await t.get(url)).body).toEqual(first)
    // …and shows as soon as the version moves, as every write will make it.
    await bumpDataVersion(t.db)
    const after = (await t.get(url)).body
    expect(first.total.visits).toBeGreaterThan(0)
    expect(after.total.visits).toBe(0)
  })

  it('keys on the query: different scopes get their own numbers', async () => {
    const all = (await t.get('/api/trends?from=2025-07-01&to=2026-06-30')).body
    const chain = (await t.get('/api/trends?from=2025-07-01&to=2026-06-30&chainId=1')).body
    expect(chain).not.toEqual(all)
  })
})
