/**
 * Bottlenecks over HTTP, role × action: every action of the lifecycle table tried by every role
 * on a bottleneck in a state the action is legal from, with the expected status in each cell;
 * every legal transition from every state; a sample of illegal ones; raise and edit by role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOTTLENECK_TRANSITIONS, nextBottleneckState, type BottleneckDetail, type BottleneckState } from '#contract'
import {
  bottleneckAction,
  bottleneckIn,
  EVERYONE,
  raiseBody,
  startWriteApp,
  type Who,
  type WriteApp,
} from './writeWorld'
import { expectedStatus, someoneAs } from './roles'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

const ACTIONS = BOTTLENECK_TRANSITIONS.filter(tr => tr.action !== 'raise')
const fromStateOf = (tr: (typeof ACTIONS)[number]) =>
  tr.requires === 'extension_pending' ? ('extension_pending' as const) : tr.from[0]!

describe('bottleneck role × action matrix', () => {
  it.each(ACTIONS.map(tr => [tr.action, tr] as const))('%s: every role gets its status', async (_action, tr) => {
    const expected: Record<string, number> = {}
    const actual: Record<string, number> = {}
    let b = await bottleneckIn(t, fromStateOf(tr))
    for (const who of EVERYONE) {
      expected[who] = expectedStatus(who, tr, 'bottleneck')
      const res = await t.send(who, 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, tr.action))
      actual[who] = res.status
      if (res.status === 200) b = await bottleneckIn(t, fromStateOf(tr))
      else if (res.status === 401 || res.status === 403)
        expect(res.body.error.code).toBe(res.status === 401 ? 'unauthorized' : 'forbidden')
    }
    expect(actual).toEqual(expected)
  })

  it('raise (POST /api/bottlenecks): leaders and liaisons in scope and the admin → 201, everyone else refused', async () => {
    const raise = { actors: ['leader', 'liaison'] as const }
    const actual = Object.fromEntries(
      await Promise.all(
        EVERYONE.map(async who => [who, (await t.send(who, 'POST', '/api/bottlenecks', raiseBody(t))).status]),
      ),
    )
    expect(actual).toEqual(
      Object.fromEntries(EVERYONE.map(who => [who, expectedStatus(who, raise, 'bottleneck', 201)])),
    )
  })

  it('edit (PATCH) while submitted: the raisers in scope and the admin → 200, everyone else refused', async () => {
    const actual: Record<string, number> = {}
    for (const who of EVERYONE) {
      const b = await bottleneckIn(t, 'submitted')
      actual[who] = (
        await t.send(who, 'PATCH', `/api/bottlenecks/${b.id}`, { version: b.version, title: `Edited by ${who}` })
      ).status
    }
    expect(actual).toEqual(
      Object.fromEntries(
        EVERYONE.map(who => [who, expectedStatus(who, { actors: ['leader', 'liaison'] }, 'bottleneck')]),
      ),
    )
  })
})

describe('every legal bottleneck transition over HTTP', () => {
  const cells = ACTIONS.flatMap(tr => tr.from.map(from => [tr.action, from, tr] as const))
  it.each(cells)('%s from %s', async (action, from, tr) => {
    const pending = tr.requires === 'extension_pending'
    const b = await bottleneckIn(t, pending ? 'extension_pending' : from)
    const who: Who = someoneAs(tr.actors, 'bottleneck')
    const res = await t.send(who, 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, action))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after: BottleneckDetail = res.body
    expect(after.status).toBe(nextBottleneckState(from as BottleneckState, action, pending))
    expect(after.version).toBe(b.version + 1)
    expect(after.events.at(-1)).toMatchObject({ action, fromStatus: from, toStatus: after.status })
    expect((await t.get(`/api/bottlenecks/${b.id}`)).body).toEqual(after)
  })
})

describe('refusals in the order of the write rules', () => {
  it('an action illegal from the state → 409 illegal_transition with the actions this user may take now', async () => {
    const b = await bottleneckIn(t, 'in_progress')
    const asLead = await t.send(
      'deptLead',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, b, 'accept'),
    )
    expect(asLead.status).toBe(409)
    expect(asLead.body.error.code).toBe('illegal_transition')
    expect([...asLead.body.error.allowedActions].sort()).toEqual(['escalate', 'note', 'request_extension', 'resolve'])
    const asLeader = await t.send(
      'leader',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, b, 'grant_extension'),
    )
    expect(asLeader.status).toBe(409)
    expect(asLeader.body.error.allowedActions).toEqual(['note'])
  })

  it('a user without a relation to the record is 403 before the state is looked at', async () => {
    const b = await bottleneckIn(t, 'in_progress')
    expect(
      (await t.send('deptOther', 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, 'accept')))
        .status,
    ).toBe(403)
    expect(
      (await t.send('leaderOut', 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, 'accept')))
        .status,
    ).toBe(403)
  })

  it('a stale version → 409 stale_version carrying the record as it is now', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const res = await t.send('leader', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      ...bottleneckAction(t, b, 'assign'),
      version: b.version - 1,
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('stale_version')
    expect(res.body.error.current).toEqual(b)
  })

  it('editing once accepted → 409 illegal_transition; an unknown id → 404; a bad body → 400 naming the fields', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const edit = await t.send('leader', 'PATCH', `/api/bottlenecks/${b.id}`, { version: b.version, title: 'Too late' })
    expect(edit.status).toBe(409)
    expect(edit.body.error.code).toBe('illegal_transition')
    expect(
      (await t.send('leader', 'POST', '/api/bottlenecks/999999/transitions', { action: 'accept', version: 1 })).status,
    ).toBe(404)
    const bad = await t.send('leader', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      action: 'reject',
      version: b.version,
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields)).toContain('reason')
    const unknown = await t.send('leader', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      action: 'fly',
      version: b.version,
    })
    expect(unknown.status).toBe(400)
  })

  it('no session is 401 even with a bad body', async () => {
    const res = await t.send('anonymous', 'POST', '/api/bottlenecks', { nonsense: true })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('unauthorized')
  })

  it('an assignment to an unknown department → 400 on its field', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const res = await t.send('leader', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      ...bottleneckAction(t, b, 'assign'),
      leadDepartmentId: 9999,
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toContain('leadDepartmentId')
  })
})

describe('deadlines and the timeline', () => {
  it('assignment sets the working-day deadlines from today; a granted extension moves resolveBy and keeps the original', async () => {
    const assigned = await bottleneckIn(t, 'assigned')
    expect(assigned.assignedOn).toBe('2026-06-30')
    expect(assigned.acknowledgeBy).toBeTruthy()
    expect(assigned.originalResolveBy).toBe(assigned.resolveBy)
    const pending = await bottleneckIn(t, 'extension_pending')
    const requested = pending.events.at(-1)!.data.newResolveBy
    const granted = await t.send(
      'leader',
      'POST',
      `/api/bottlenecks/${pending.id}/transitions`,
      bottleneckAction(t, pending, 'grant_extension'),
    )
    expect(granted.body.resolveBy).toBe(requested)
    expect(granted.body.originalResolveBy).toBe(pending.originalResolveBy)
    expect(granted.body.extended).toBe(true)
  })

  it('every event names who took it', async () => {
    const b = await bottleneckIn(t, 'in_progress')
    const noted = await t.send('deptCo', 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, 'note'))
    expect(noted.status).toBe(200)
    const co = t.world.users.find(u => u.departmentId === t.coDept)!
    expect(noted.body.events.at(-1)).toMatchObject({
      action: 'note',
      actorId: co.id,
      actorName: co.displayName,
      comment: 'progress note',
    })
    expect(noted.body.events.map((e: { action: string }) => e.action)).toEqual([
      'raise',
      'accept',
      'assign',
      'acknowledge',
      'note',
    ])
  })
})
