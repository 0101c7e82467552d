/**
 * Recommendations over HTTP, role × action: create, edit and every lifecycle action tried by every
 * role, with the expected status in each cell; every legal transition from every state; illegal
 * ones refused with the actions allowed now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nextRecommendationState, RECOMMENDATION_TRANSITIONS, type RecommendationState } from '#contract'
import { draftBody, EVERYONE, recommendationAction, recommendationIn, startWriteApp, type WriteApp } from './writeWorld'
import { expectedStatus, someoneAs } from './roles'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

const ACTIONS = RECOMMENDATION_TRANSITIONS.filter(tr => tr.action !== 'create' && tr.action !== 'edit')
const CREATE = RECOMMENDATION_TRANSITIONS.find(tr => tr.action === 'create')!
const EDIT = RECOMMENDATION_TRANSITIONS.find(tr => tr.action === 'edit')!

describe('recommendation role × action matrix', () => {
  it.each(ACTIONS.map(tr => [tr.action, tr] as const))('%s: every role gets its status', async (action, tr) => {
    // Forwarded states first, so the forwarded department's relation exists where the action allows it.
    const from = (
      tr.from.includes('implementing') ? 'implementing' : tr.from.includes('forwarded') ? 'forwarded' : tr.from[0]!
    ) as RecommendationState
    const expected: Record<string, number> = {}
    const actual: Record<string, number> = {}
    let r = await recommendationIn(t, from)
    for (const who of EVERYONE) {
      expected[who] = expectedStatus(who, tr, 'recommendation')
      const res = await t.send(who, 'POST', `/api/recommendations/${r.id}/transitions`, recommendationAction(r, action))
      actual[who] = res.status
      if (res.status === 200) r = await recommendationIn(t, from)
    }
    expect(actual).toEqual(expected)
  })

  it('create: leaders and liaisons in scope and the admin → 201, everyone else refused', async () => {
    const actual: Record<string, number> = {}
    for (const who of EVERYONE) actual[who] = (await t.send(who, 'POST', '/api/recommendations', draftBody())).status
    expect(actual).toEqual(
      Object.fromEntries(EVERYONE.map(who => [who, expectedStatus(who, CREATE, 'recommendation', 201)])),
    )
  })

  it('edit (PATCH) while draft: leaders and liaisons in scope and the admin → 200; after submission → 409', async () => {
    const actual: Record<string, number> = {}
    for (const who of EVERYONE) {
      const r = await recommendationIn(t, 'draft')
      actual[who] = (
        await t.send(who, 'PATCH', `/api/recommendations/${r.id}`, { version: r.version, title: `修改 ${who}` })
      ).status
    }
    expect(actual).toEqual(Object.fromEntries(EVERYONE.map(who => [who, expectedStatus(who, EDIT, 'recommendation')])))
    const submitted = await recommendationIn(t, 'submitted')
    const late = await t.send('leader', 'PATCH', `/api/recommendations/${submitted.id}`, {
      version: submitted.version,
      title: '太晚了',
    })
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('illegal_transition')
  })
})

describe('every legal recommendation transition over HTTP', () => {
  const cells = ACTIONS.flatMap(tr => tr.from.map(from => [tr.action, from, tr] as const))
  it.each(cells)('%s from %s', async (action, from, tr) => {
    const r = await recommendationIn(t, from)
    const res = await t.send(
      someoneAs(tr.actors, 'recommendation'),
      'POST',
      `/api/recommendations/${r.id}/transitions`,
      recommendationAction(r, action),
    )
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.status).toBe(nextRecommendationState(from, action))
    expect(res.body.version).toBe(r.version + 1)
    expect((await t.get(`/api/recommendations/${r.id}`)).body).toEqual(res.body)
  })

  it('keeps every instruction, forward and feedback it was given', async () => {
    let r = await recommendationIn(t, 'implementing')
    for (const action of ['record_instruction', 'record_feedback']) {
      const res = await t.send(
        'leader',
        'POST',
        `/api/recommendations/${r.id}/transitions`,
        recommendationAction(r, action),
      )
      expect(res.status).toBe(200)
      r = res.body
    }
    expect(r.instructions).toHaveLength(2)
    expect(r.forwards).toEqual([expect.objectContaining({ departmentIds: [3], date: '2026-06-30' })])
    expect(r.feedback).toHaveLength(1)
    expect((await t.get(`/api/recommendations/${r.id}`)).body).toEqual(r)
  })
})

describe('illegal recommendation actions', () => {
  it('complete from submitted → 409 illegal_transition with the actions allowed now', async () => {
    const r = await recommendationIn(t, 'submitted')
    const res = await t.send(
      'leader',
      'POST',
      `/api/recommendations/${r.id}/transitions`,
      recommendationAction(r, 'complete'),
    )
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('illegal_transition')
    expect([...res.body.error.allowedActions].sort()).toEqual(['not_adopted', 'record_instruction'])
  })

  it('nothing leaves implemented or not adopted', async () => {
    for (const state of ['implemented', 'not_adopted'] as const) {
      const r = await recommendationIn(t, state)
      const res = await t.send(
        'admin',
        'POST',
        `/api/recommendations/${r.id}/transitions`,
        recommendationAction(r, 'record_instruction'),
      )
      expect(res.status).toBe(409)
      expect(res.body.error.allowedActions).toEqual([])
    }
  })
})
