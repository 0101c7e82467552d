/**
 * Whose turn it is (issue 11 §3): from the lifecycle tables and the active accounts holding each
 * actor relation, for every state of both lifecycles, an orphan, and agreement with the queue.
 */
import { describe, expect, it } from 'vitest'
import {
  BOTTLENECK_STATES,
  BOTTLENECK_TRANSITIONS,
  RECOMMENDATION_STATES,
  RECOMMENDATION_TRANSITIONS,
  bottleneckTurn,
  isAwaitedFrom,
  recommendationTurn,
  waitsOnBottleneck,
  waitsOnRecommendation,
  type BottleneckState,
  type RecommendationState,
  type TurnAccount,
} from '#contract'
import { CHAIN, LEAD_DEPT, USER_KEYS, bottleneckIn, recommendationIn, users, type UserKey } from '../commands/fixtures'

const account = (key: UserKey, active = true): TurnAccount => ({ ...users[key], active })
/** Every fixture user, active. */
const everyone: TurnAccount[] = USER_KEYS.map(k => account(k))
const without = (...keys: UserKey[]) => everyone.filter(a => !keys.some(k => users[k].id === a.id))
const person = (key: UserKey) => ({ id: users[key].id, name: users[key].displayName })

const leader = (action: string) => ({ action, actor: 'leader', departmentId: null, people: [person('leaderIn')] })
const liaison = (action: string) => ({ action, actor: 'liaison', departmentId: null, people: [person('liaisonIn')] })
const lead = (action: string) => ({
  action,
  actor: 'department_lead',
  departmentId: LEAD_DEPT,
  people: [person('departmentLead')],
})
const forwardedTo = (action: string) => ({
  action,
  actor: 'department_forwarded',
  departmentId: LEAD_DEPT,
  people: [person('departmentLead')],
})

describe('whose turn on a bottleneck', () => {
  const expected: Record<BottleneckState, unknown[]> = {
    submitted: [leader('accept')],
    accepted: [leader('assign')],
    rejected: [],
    assigned: [lead('acknowledge')],
    disputed: [leader('assign')],
    // Escalating and asking for more time are a department's or liaison's recourse: nobody waits for them.
    in_progress: [lead('resolve')],
    escalated: [leader('settle')],
    resolved: [leader('return'), liaison('rate_satisfied')],
    // Reopening is open to the leader but nobody waits for it: a closed item is done.
    closed: [],
  }
  it.each(BOTTLENECK_STATES)('%s', state => {
    expect(bottleneckTurn(bottleneckIn(state), everyone)).toEqual({ waitingOn: expected[state], orphaned: false })
  })

  it('puts a pending extension request on the chain leader as well as the work on the department', () => {
    expect(bottleneckTurn(bottleneckIn('in_progress', true), everyone).waitingOn).toEqual([
      leader('grant_extension'),
      lead('resolve'),
    ])
  })

  it('names every active account holding the relation, never the admin, a viewer or an inactive account', () => {
    const second = { ...users.leaderOut, id: 20, displayName: 'Second leader', chainIds: [CHAIN], active: true }
    const retired = { ...users.leaderOut, id: 21, displayName: 'Retired leader', chainIds: [CHAIN], active: false }
    const turn = bottleneckTurn(bottleneckIn('submitted'), [second, retired, ...everyone])
    expect(turn.waitingOn).toEqual([
      { ...leader('accept'), people: [person('leaderIn'), { id: 20, name: 'Second leader' }] },
    ])
  })

  it('is an orphan when no active non-admin account can take any step, and says which step it waits for', () => {
    const inactiveLeader = [...without('leaderIn'), account('leaderIn', false)]
    expect(bottleneckTurn(bottleneckIn('submitted'), inactiveLeader)).toEqual({
      waitingOn: [{ ...leader('accept'), people: [] }],
      orphaned: true,
    })
    expect(bottleneckTurn(bottleneckIn('assigned'), without('departmentLead'))).toEqual({
      waitingOn: [{ ...lead('acknowledge'), people: [] }],
      orphaned: true,
    })
    // One step left without anyone is not an orphan while another step has someone.
    expect(bottleneckTurn(bottleneckIn('resolved'), without('leaderIn')).orphaned).toBe(false)
    expect(bottleneckTurn(bottleneckIn('resolved'), without('leaderIn', 'liaisonIn')).orphaned).toBe(true)
  })

  it('waits on no one once voided', () => {
    expect(bottleneckTurn({ ...bottleneckIn('submitted'), voidedAt: '2026-03-05T10:00:00+08:00' }, everyone)).toEqual({
      waitingOn: [],
      orphaned: false,
    })
  })
})

describe('whose turn on a recommendation', () => {
  const expected: Record<RecommendationState, unknown[]> = {
    // A liaison may still edit a draft, but the draft waits on the leader to submit it.
    draft: [leader('submit')],
    submitted: [leader('record_instruction')],
    // A further instruction may come at any time; the record waits for the forward.
    instructed: [leader('forward')],
    // The leader may start it on the department's behalf.
    forwarded: [forwardedTo('start_implementation'), leader('start_implementation')],
    implementing: [leader('complete')],
    implemented: [],
    not_adopted: [],
  }
  it.each(RECOMMENDATION_STATES)('%s', state => {
    expect(recommendationTurn(recommendationIn(state), everyone)).toEqual({
      waitingOn: expected[state],
      orphaned: false,
    })
  })

  it('is an orphan when neither a leader of its chains nor the forwarded department has an active account', () => {
    expect(recommendationTurn(recommendationIn('forwarded'), without('leaderIn')).orphaned).toBe(false)
    expect(recommendationTurn(recommendationIn('forwarded'), without('leaderIn', 'departmentLead'))).toEqual({
      waitingOn: [
        { ...forwardedTo('start_implementation'), people: [] },
        { ...leader('start_implementation'), people: [] },
      ],
      orphaned: true,
    })
  })
})

describe('the queue and the detail page agree', () => {
  // An item is in a non-admin user's queue exactly when its page names them.
  const named = (turn: { waitingOn: { people: { id: number }[] }[] }, id: number) =>
    turn.waitingOn.some(e => e.people.some(p => p.id === id))
  const people = USER_KEYS.filter(k => k !== 'admin')
  it.each(BOTTLENECK_STATES)('bottleneck %s', state => {
    for (const pending of state === 'in_progress' ? [false, true] : [false]) {
      const b = bottleneckIn(state, pending)
      const turn = bottleneckTurn(b, everyone)
      for (const k of people)
        expect(waitsOnBottleneck(users[k], b), `${k} ${state}${pending ? ' pending' : ''}`).toBe(
          named(turn, users[k].id),
        )
    }
  })
  it.each(RECOMMENDATION_STATES)('recommendation %s', state => {
    const r = recommendationIn(state)
    const turn = recommendationTurn(r, everyone)
    for (const k of people) expect(waitsOnRecommendation(users[k], r), `${k} ${state}`).toBe(named(turn, users[k].id))
  })
})

describe("the tables keep the admin queue's narrowing sound", () => {
  // server/services/queue.ts reads the admin's candidates as "chain without an active leader, or lead
  // department without active staff": that finds every orphan only while each awaited step is open to
  // a leader or (bottlenecks) to the lead department.
  it('every awaited bottleneck step is open to a leader or to the lead department', () => {
    for (const t of BOTTLENECK_TRANSITIONS) {
      if (t.from.some(s => isAwaitedFrom(t, s)))
        expect(
          t.actors.some(a => a === 'leader' || a === 'department_lead'),
          t.action,
        ).toBe(true)
    }
  })
  it('every awaited recommendation step is open to a leader', () => {
    for (const t of RECOMMENDATION_TRANSITIONS) {
      if (t.from.some(s => isAwaitedFrom(t, s))) expect(t.actors, t.action).toContain('leader')
    }
  })
})
