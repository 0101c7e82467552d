/** Visits over HTTP, role × action: recording and editing by every role, and what a recorded visit holds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVERYONE, raiseBody, startWriteApp, TEST_NOW, visitBody, type Who, type WriteApp } from './writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

/** Recording and editing visits is for the admin and the leaders and liaisons of the visit's chain. */
const MAY_WRITE = new Set<Who>(['admin', 'leader', 'liaison'])
const expected = (who: Who, success: number) => (who === 'anonymous' ? 401 : MAY_WRITE.has(who) ? success : 403)

describe('visit role × action matrix', () => {
  it('create (POST /api/visits): every role gets its status', async () => {
    const actual: Record<string, number> = {}
    for (const who of EVERYONE) actual[who] = (await t.send(who, 'POST', '/api/visits', visitBody(t))).status
    expect(actual).toEqual(Object.fromEntries(EVERYONE.map(who => [who, expected(who, 201)])))
  })

  it('edit (PATCH /api/visits/:id): every role gets its status', async () => {
    const actual: Record<string, number> = {}
    for (const who of EVERYONE) {
      const v = (await t.send('admin', 'POST', '/api/visits', visitBody(t))).body
      actual[who] = (
        await t.send(who, 'PATCH', `/api/visits/${v.id}`, { version: v.version, summary: `edited by ${who}` })
      ).status
    }
    expect(actual).toEqual(Object.fromEntries(EVERYONE.map(who => [who, expected(who, 200)])))
  })
})

describe('a recorded visit', () => {
  it('holds what was sent, stamped by the recorder and the clock, with its inline bottlenecks submitted', async () => {
    const res = await t.send('liaison', 'POST', '/api/visits', visitBody(t, [raiseBody(t, 'Power supply cuts')]))
    expect(res.status).toBe(201)
    const liaison = t.world.users.find(u => u.username === 'liaison')!
    expect(res.body).toMatchObject({
      type: 'visit',
      date: '2026-06-30',
      chainId: 1,
      enterpriseIds: [t.enterpriseId],
      recordedBy: liaison.id,
      version: 1,
    })
    expect(Date.parse(res.body.recordedAt)).toBe(Date.parse(TEST_NOW))
    expect(res.body.code).toMatch(/^V2026-\d{5}$/)
    expect(res.body.outcomes).toEqual([expect.objectContaining({ type: 'order', amountCny: 250_000 })])
    expect(res.body.bottleneckIds).toHaveLength(1)
    expect((await t.get(`/api/visits/${res.body.id}`)).body).toEqual(res.body)
    const b = (await t.get(`/api/bottlenecks/${res.body.bottleneckIds[0]}`)).body
    expect(b).toMatchObject({ status: 'submitted', visitId: res.body.id, title: 'Power supply cuts', chainId: 1 })
    expect(b.events).toEqual([expect.objectContaining({ action: 'raise', toStatus: 'submitted', actorId: liaison.id })])
  })

  it('a bottleneck raised later on the visit joins its bottleneckIds without changing its version', async () => {
    const v = (await t.send('leader', 'POST', '/api/visits', visitBody(t))).body
    const b = await t.send('leader', 'POST', '/api/bottlenecks', { ...raiseBody(t), visitId: v.id })
    expect(b.status).toBe(201)
    const after = (await t.get(`/api/visits/${v.id}`)).body
    expect(after.bottleneckIds).toEqual([b.body.id])
    expect(after.version).toBe(v.version)
  })

  it('refuses bad input with 400 naming each field: an order without amount, an unknown enterprise, a date in the future', async () => {
    const noAmount = {
      ...visitBody(t),
      outcomes: [{ type: 'order', enterpriseId: t.enterpriseId, amountCny: null, description: 'x' }],
    }
    const res = await t.send('leader', 'POST', '/api/visits', noAmount)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(res.body.error.fields)).toContain('outcomes.0.amountCny')
    const unknown = await t.send('leader', 'POST', '/api/visits', { ...visitBody(t), enterpriseIds: [99_999_999] })
    expect(unknown.status).toBe(400)
    const future = await t.send('leader', 'POST', '/api/visits', { ...visitBody(t), date: '2026-07-15' })
    expect(future.status).toBe(400)
    expect(Object.keys(future.body.error.fields)).toContain('date')
  })

  it('an edit at a stale version → 409 with the visit as it is now', async () => {
    const v = (await t.send('leader', 'POST', '/api/visits', visitBody(t))).body
    const first = await t.send('leader', 'PATCH', `/api/visits/${v.id}`, { version: v.version, summary: 'first' })
    expect(first.status).toBe(200)
    const second = await t.send('liaison', 'PATCH', `/api/visits/${v.id}`, { version: v.version, summary: 'second' })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('stale_version')
    expect(second.body.error.current).toEqual(first.body)
  })
})
