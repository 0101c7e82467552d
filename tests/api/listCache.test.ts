import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'
import { bumpDataVersion } from '../../server/repositories/meta'
import { createAggregateCache } from '../../server/services/aggregateCache'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('cached list pages', () => {
  it('serve the same page until data_version moves, then the changed data', async () => {
    const url = '/api/visits?sort=id&pageSize=5'
    const first = await t.get(url)
    const firstId = first.body.items[0].id as number
    // A change written without bumping data_version stays invisible to the cached page…
    await t.db.updateTable('visits').set({ summary: 'rewritten after caching' }).where('id', '=', firstId).execute()
    expect((await t.get(url)).body).toEqual(first.body)
    // …and shows as soon as the version moves, as every write will make it.
    await bumpDataVersion(t.db)
    const after = await t.get(url)
    expect(after.body.items[0].summary).toBe('rewritten after caching')
    expect(after.body.total).toBe(first.body.total)
  })

  it('answer JSON with the same content type as an uncached response', async () => {
    const url = '/api/bottlenecks?status=in_progress'
    const miss = await t.get(url)
    const hit = await t.get(url)
    expect(miss.status).toBe(200)
    expect(hit.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(hit.body).toEqual(miss.body)
  })

  it('keep each query apart: another page, filter or list gets its own answer', async () => {
    const page1 = (await t.get('/api/enterprises?pageSize=3&page=1')).body
    const page2 = (await t.get('/api/enterprises?pageSize=3&page=2')).body
    expect(page2.page).toBe(2)
    expect(page2.items.map((e: { id: number }) => e.id)).not.toEqual(page1.items.map((e: { id: number }) => e.id))
    const recommendations = (await t.get('/api/recommendations?pageSize=3&page=1')).body
    expect(recommendations.items.map((r: { code: string }) => r.code)).not.toEqual(
      page1.items.map((e: { code: string }) => e.code),
    )
  })
})

describe('the response cache limits', () => {
  it('keeps at most maxEntries, dropping the least recently used first', async () => {
    const cache = createAggregateCache(t.db, { maxEntries: 3 })
    const computed: string[] = []
    const get = (key: string) =>
      cache.get(key, async () => {
        computed.push(key)
        return key
      })
    for (const key of ['a', 'b', 'c']) await get(key)
    await get('a') // a is now the most recently used
    await get('d') // evicts b, the least recently used
    expect(cache.size().entries).toBe(3)
    computed.length = 0
    for (const key of ['a', 'c', 'd', 'b']) await get(key)
    expect(computed).toEqual(['b'])
  })

  it('keeps the cached strings within maxChars', async () => {
    const cache = createAggregateCache(t.db, { maxEntries: 100, maxChars: 25 })
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, async () => 'x'.repeat(10))
    // Settle the weighing callbacks of the last computation.
    await new Promise(resolve => setImmediate(resolve))
    expect(cache.size()).toEqual({ entries: 2, chars: 20 })
  })

  it('computes concurrent misses of one key once', async () => {
    const cache = createAggregateCache(t.db, { maxEntries: 10 })
    let calls = 0
    const compute = async () => {
      calls++
      return 'page'
    }
    const answers = await Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)])
    expect(answers).toEqual(['page', 'page', 'page'])
    expect(calls).toBe(1)
  })

  it('forgets a failed computation so the next read retries', async () => {
    const cache = createAggregateCache(t.db, { maxEntries: 10 })
    await expect(
      cache.get('k', async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    await new Promise(resolve => setImmediate(resolve))
    expect(await cache.get('k', async () => 'ok')).toBe('ok')
  })

  it('empties itself when data_version moves', async () => {
    const cache = createAggregateCache(t.db, { maxEntries: 10 })
    await cache.get('k', async () => 'old')
    await bumpDataVersion(t.db)
    expect(await cache.get('k', async () => 'new')).toBe('new')
    expect(cache.size().entries).toBe(1)
  })
})
