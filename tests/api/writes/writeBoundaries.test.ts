/**
 * Issue 10, findings 6-8, on the live server: a write needs scope over every chain it names
 * (lifecycle actions over one), every id in a write body must exist and fit its chain (400 naming
 * the field, never a 500), and an Idempotency-Key is one user's for one route and one body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecommendationDetail } from '#contract'
import { samplePlaylist } from '../presentApp'
import {
  bottleneckIn,
  CHAIN,
  draftBody,
  raiseBody,
  recommendationIn,
  startWriteApp,
  TEST_NOW,
  visitBody,
  type WriteApp,
} from './writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

/** The demo `leader` account's chains (mock/build/users.ts): 1 and 2, not 3 or 7. */
const LEADER_CHAINS = [1, 2]

const count = async (table: 'visits' | 'bottlenecks' | 'recommendations') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select(eb => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const enterpriseOutside = (chainId: number) =>
  t.world.enterprises.find(e => !e.chains.some(m => m.chainId === chainId))!
const draftOn = (chainIds: number[], basis: Partial<RecommendationDetail['basis']> = {}) => ({
  ...draftBody(),
  chainIds,
  basis: { visitIds: [], bottleneckIds: [], research: null, ...basis },
})

describe('finding 6: a create or edit needs scope over every chain it names', () => {
  it('refuses a leader of chains 1 and 2 a recommendation on [1, 3] (403), creating nothing', async () => {
    expect(t.world.users.find(u => u.username === 'leader')!.chainIds).toEqual(LEADER_CHAINS)
    const before = await count('recommendations')
    const res = await t.send('leader', 'POST', '/api/recommendations', draftOn([1, 3]))
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
    expect(await count('recommendations')).toBe(before)
  })

  it("refuses widening the leader's own draft to [1, 3, 7], leaving it as it was", async () => {
    const draft: RecommendationDetail = (await t.send('leader', 'POST', '/api/recommendations', draftOn([1]))).body
    const res = await t.send('leader', 'PATCH', `/api/recommendations/${draft.id}`, {
      version: draft.version,
      chainIds: [1, 3, 7],
    })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
    expect((await t.get(`/api/recommendations/${draft.id}`)).body).toMatchObject({
      chainIds: [1],
      version: draft.version,
    })
  })

  it('lets the leader act on, but not rewrite, a draft whose chains are only partly theirs', async () => {
    const draft: RecommendationDetail = (await t.send('admin', 'POST', '/api/recommendations', draftOn([1, 3]))).body
    const edit = await t.send('leader', 'PATCH', `/api/recommendations/${draft.id}`, {
      version: draft.version,
      title: '改写',
    })
    expect(edit.status).toBe(403)
    const submit = await t.send('leader', 'POST', `/api/recommendations/${draft.id}/transitions`, {
      action: 'submit',
      version: draft.version,
    })
    expect(submit.status).toBe(200)
  })

  it('still lets a writer with every chain in scope create and widen', async () => {
    const draft = await t.send('leader', 'POST', '/api/recommendations', draftOn([1]))
    expect(draft.status).toBe(201)
    const widened = await t.send('leader', 'PATCH', `/api/recommendations/${draft.body.id}`, {
      version: draft.body.version,
      chainIds: LEADER_CHAINS,
    })
    expect(widened.status).toBe(200)
    expect(widened.body.chainIds).toEqual(LEADER_CHAINS)
  })
})

describe('finding 7: every id in a write body must exist and fit, else 400 naming the field', () => {
  it('an unknown chain on a recommendation is a 400 on chainIds.1, not a 500', async () => {
    const res = await t.send('admin', 'POST', '/api/recommendations', draftOn([CHAIN, 999]))
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { 'chainIds.1': 'unknown chain' } })
  })

  it('unknown basis visits and bottlenecks are refused by path, and nothing is stored', async () => {
    const visit = t.world.visits.find(v => v.chainId === CHAIN)!
    const before = await count('recommendations')
    const res = await t.send(
      'leader',
      'POST',
      '/api/recommendations',
      draftOn([CHAIN], { visitIds: [visit.id, 99_999_999], bottleneckIds: [88_888_888] }),
    )
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({
      'basis.visitIds.1': 'unknown visit',
      'basis.bottleneckIds.0': 'unknown bottleneck',
    })
    expect(await count('recommendations')).toBe(before)
  })

  it('a basis of another chain than the recommendation names is refused, on create and on edit', async () => {
    const foreign = t.world.bottlenecks.find(b => b.chainId === 3)!
    const created = await t.send(
      'admin',
      'POST',
      '/api/recommendations',
      draftOn([CHAIN], { bottleneckIds: [foreign.id] }),
    )
    expect(created.status).toBe(400)
    expect(created.body.error.fields).toEqual({
      'basis.bottleneckIds.0': 'the bottleneck belongs to a chain not named here',
    })
    const draft = await recommendationIn(t, 'draft')
    const edited = await t.send('admin', 'PATCH', `/api/recommendations/${draft.id}`, {
      version: draft.version,
      basis: { ...draft.basis, bottleneckIds: [foreign.id] },
    })
    expect(edited.status).toBe(400)
    expect(Object.keys(edited.body.error.fields)).toEqual(['basis.bottleneckIds.0'])
  })

  it('a visit may not name an enterprise outside its chain, nor move to a chain its enterprises are not in', async () => {
    const outsider = enterpriseOutside(CHAIN)
    const body = visitBody(t)
    const res = await t.send('leader', 'POST', '/api/visits', { ...body, enterpriseIds: [t.enterpriseId, outsider.id] })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ 'enterpriseIds.1': 'enterprise not in this chain' })
    const v = (await t.send('leader', 'POST', '/api/visits', body)).body
    const target = LEADER_CHAINS.find(
      c => c !== CHAIN && !t.world.enterprises.find(e => e.id === t.enterpriseId)!.chains.some(m => m.chainId === c),
    )!
    const moved = await t.send('leader', 'PATCH', `/api/visits/${v.id}`, { version: v.version, chainId: target })
    expect(moved.status).toBe(400)
    expect(moved.body.error.fields).toEqual({ 'enterpriseIds.0': 'enterprise not in this chain' })
  })

  it("an outcome must name one of the visit's enterprises", async () => {
    const other = t.world.enterprises.find(e => e.id !== t.enterpriseId && e.chains.some(m => m.chainId === CHAIN))!
    const body = visitBody(t)
    const res = await t.send('leader', 'POST', '/api/visits', {
      ...body,
      outcomes: [{ type: 'market', enterpriseId: other.id, amountCny: null, description: '新市场' }],
    })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ 'outcomes.0.enterpriseId': 'enterprise not in this visit' })
  })

  it('an unknown chain on a visit or a bottleneck is a 400 on chainId, not a 500', async () => {
    const visit = await t.send('admin', 'POST', '/api/visits', { ...visitBody(t), chainId: 999 })
    expect(visit.status).toBe(400)
    expect(visit.body.error.fields).toEqual({ chainId: 'unknown chain' })
    const raised = await t.send('admin', 'POST', '/api/bottlenecks', { ...raiseBody(t), chainId: 999 })
    expect(raised.status).toBe(400)
    expect(raised.body.error.fields).toEqual({ chainId: 'unknown chain' })
  })

  it("a bottleneck's enterprise must be of its chain, when raised and when changed", async () => {
    const outsider = enterpriseOutside(CHAIN)
    const raised = await t.send('leader', 'POST', '/api/bottlenecks', { ...raiseBody(t), enterpriseId: outsider.id })
    expect(raised.status).toBe(400)
    expect(raised.body.error.fields).toEqual({ enterpriseId: 'enterprise not in this chain' })
    const b = await bottleneckIn(t, 'submitted')
    const moved = await t.send('leader', 'PATCH', `/api/bottlenecks/${b.id}`, {
      version: b.version,
      enterpriseId: outsider.id,
    })
    expect(moved.status).toBe(400)
    expect(moved.body.error.fields).toEqual({ enterpriseId: 'enterprise not in this chain' })
  })

  it("changing a bottleneck's enterprise by PATCH works when it is valid, and its county follows", async () => {
    const b = await bottleneckIn(t, 'submitted')
    const other = t.world.enterprises.find(e => e.chains.some(m => m.chainId === CHAIN) && e.county !== b.county)!
    const res = await t.send('leader', 'PATCH', `/api/bottlenecks/${b.id}`, {
      version: b.version,
      enterpriseId: other.id,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ enterpriseId: other.id, county: other.county, version: b.version + 1 })
  })

  it('departments named by assign and forward must exist', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const assign = await t.send('leader', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      action: 'assign',
      version: b.version,
      leadDepartmentId: 9999,
      coDepartmentIds: [t.coDept, 9998],
      assignedVia: 'lead_unit',
    })
    expect(assign.status).toBe(400)
    expect(assign.body.error.fields).toEqual({
      leadDepartmentId: 'unknown department',
      'coDepartmentIds.1': 'unknown department',
    })
    const r = await recommendationIn(t, 'instructed')
    const forward = await t.send('leader', 'POST', `/api/recommendations/${r.id}/transitions`, {
      action: 'forward',
      version: r.version,
      departmentIds: [9999],
    })
    expect(forward.status).toBe(400)
    expect(forward.body.error.fields).toEqual({ 'departmentIds.0': 'unknown department' })
  })
})

describe("finding 8: an Idempotency-Key is one user's, for one route and one body", () => {
  it('a key used on one create route is fresh on another: each creates its own record', async () => {
    const headers = { 'idempotency-key': 'one-key-two-routes' }
    const visit = await t.send('leader', 'POST', '/api/visits', visitBody(t), headers)
    expect(visit.status).toBe(201)
    const recommendation = await t.send('leader', 'POST', '/api/recommendations', draftBody(), headers)
    expect(recommendation.status).toBe(201)
    expect(recommendation.body).toMatchObject({ status: 'draft', title: draftBody().title })
    const bottleneck = await t.send('leader', 'POST', '/api/bottlenecks', raiseBody(t), headers)
    expect(bottleneck.status).toBe(201)
    expect(bottleneck.body).toMatchObject({ status: 'submitted', chainId: CHAIN })
  })

  it('the same key with another body after a success is 409 idempotency_key_reused, creating nothing', async () => {
    const headers = { 'idempotency-key': 'reused-with-another-body' }
    const first = await t.send('leader', 'POST', '/api/recommendations', draftBody(), headers)
    expect(first.status).toBe(201)
    const before = await count('recommendations')
    const other = await t.send(
      'leader',
      'POST',
      '/api/recommendations',
      { ...draftBody(), title: '另一条建议' },
      headers,
    )
    expect(other.status).toBe(409)
    expect(other.body.error.code).toBe('idempotency_key_reused')
    expect(await count('recommendations')).toBe(before)
  })

  it('the same key with the same body, its keys in another order, replays the first answer', async () => {
    const headers = { 'idempotency-key': 'same-body-reordered' }
    const body = raiseBody(t)
    const first = await t.send('leader', 'POST', '/api/bottlenecks', body, headers)
    const reordered = Object.fromEntries(Object.entries(body).reverse())
    const again = await t.send('leader', 'POST', '/api/bottlenecks', reordered, headers)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
  })

  it('a refused submit leaves the key free for the corrected body, which then owns it', async () => {
    const headers = { 'idempotency-key': 'refused-then-corrected' }
    const wrong = { ...visitBody(t), enterpriseIds: [t.enterpriseId, enterpriseOutside(CHAIN).id] }
    expect((await t.send('leader', 'POST', '/api/visits', wrong, headers)).status).toBe(400)
    expect((await t.send('leader', 'POST', '/api/visits', visitBody(t), headers)).status).toBe(201)
    expect((await t.send('leader', 'POST', '/api/visits', wrong, headers)).status).toBe(409)
  })

  it('holds on the presentation creates too: playlists and display links', async () => {
    const headers = { 'idempotency-key': 'presentation-key' }
    const saved = await t.send('leader', 'POST', '/api/playlists', samplePlaylist(), headers)
    expect(saved.status).toBe(201)
    expect((await t.send('leader', 'POST', '/api/playlists', samplePlaylist('Another'), headers)).status).toBe(409)
    const link = { playlistId: saved.body.id, label: 'Lobby' }
    expect((await t.send('leader', 'POST', '/api/display-links', link, headers)).status).toBe(201)
    const reissued = await t.send('leader', 'POST', '/api/display-links', link, headers)
    expect(reissued.status).toBe(201)
    const other = await t.send('leader', 'POST', '/api/display-links', { ...link, label: 'Hall' }, headers)
    expect(other.status).toBe(409)
    expect(other.body.error.code).toBe('idempotency_key_reused')
  })

  it('an answer stored before body hashes were kept replays for any body', async () => {
    const r = await recommendationIn(t, 'draft')
    const leader = t.world.users.find(u => u.username === 'leader')!
    await t.db
      .insertInto('idempotency_keys')
      .values({
        user_id: leader.id,
        route: 'POST /api/recommendations',
        key: 'stored-before-010',
        body_hash: null,
        status: 201,
        body_json: JSON.stringify(r),
        created_at: TEST_NOW,
      })
      .execute()
    const res = await t.send(
      'leader',
      'POST',
      '/api/recommendations',
      { ...draftBody(), title: '任意' },
      { 'idempotency-key': 'stored-before-010' },
    )
    expect(res.status).toBe(201)
    expect(res.body).toEqual(r)
  })
})
