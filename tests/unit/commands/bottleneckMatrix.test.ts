/**
 * Role × action × state for the bottleneck lifecycle, at the level of the pure command. The
 * expectations come from DOMAIN.md's table, written out here by hand, so a wrong table in
 * contract/lifecycles.ts fails this test rather than agreeing with itself.
 */
import { describe, expect, it } from 'vitest'
import { transitionBottleneck, type BottleneckState, type BottleneckTransitionRequest } from '#contract'
import { bottleneckIn, contextFor, USER_KEYS, type UserKey } from './fixtures'
import { bottleneckRequest } from './requests'

type Action = BottleneckTransitionRequest['action']
type Who = 'leader' | 'liaison' | 'department_lead' | 'department_co'

/** DOMAIN.md, "Bottleneck lifecycle": from-states, resulting state ('same' = unchanged), who. */
const DOMAIN_TABLE: Record<
  Action,
  { from: BottleneckState[]; to: BottleneckState | 'same'; who: Who[]; pending?: boolean }
> = {
  accept: { from: ['submitted'], to: 'accepted', who: ['leader'] },
  reject: { from: ['submitted'], to: 'rejected', who: ['leader'] },
  assign: { from: ['accepted', 'disputed'], to: 'assigned', who: ['leader'] },
  acknowledge: { from: ['assigned'], to: 'in_progress', who: ['department_lead'] },
  dispute: { from: ['assigned'], to: 'disputed', who: ['department_lead'] },
  note: {
    from: ['in_progress', 'escalated'],
    to: 'same',
    who: ['department_lead', 'department_co', 'leader', 'liaison'],
  },
  request_extension: { from: ['in_progress'], to: 'same', who: ['department_lead'], pending: false },
  grant_extension: { from: ['in_progress'], to: 'same', who: ['leader'], pending: true },
  deny_extension: { from: ['in_progress'], to: 'same', who: ['leader'], pending: true },
  escalate: { from: ['in_progress'], to: 'escalated', who: ['department_lead', 'liaison'] },
  settle: { from: ['escalated'], to: 'in_progress', who: ['leader'] },
  resolve: { from: ['in_progress'], to: 'resolved', who: ['department_lead'] },
  return: { from: ['resolved'], to: 'in_progress', who: ['leader'] },
  rate_satisfied: { from: ['resolved'], to: 'closed', who: ['liaison', 'leader'] },
  rate_basically_satisfied: { from: ['resolved'], to: 'closed', who: ['liaison', 'leader'] },
  rate_dissatisfied: { from: ['resolved'], to: 'in_progress', who: ['liaison', 'leader'] },
  close_unrated: { from: ['resolved'], to: 'closed', who: ['leader'] },
  reopen: { from: ['closed'], to: 'in_progress', who: ['leader'] },
}
const ACTIONS = Object.keys(DOMAIN_TABLE) as Action[]

/** Each state of the lifecycle, in_progress twice: without and with a pending extension request. */
const SITUATIONS: { state: BottleneckState; pending: boolean }[] = [
  ...(
    [
      'submitted',
      'accepted',
      'rejected',
      'assigned',
      'disputed',
      'in_progress',
      'escalated',
      'resolved',
      'closed',
    ] as const
  ).map(state => ({ state, pending: false })),
  { state: 'in_progress', pending: true },
]

/** Departments are on the item from assignment on (fixtures.ts); before that no department relates to it. */
const HAS_DEPARTMENTS = (s: BottleneckState) => !['submitted', 'accepted', 'rejected'].includes(s)

/** Who each test user counts as on a chain-1 bottleneck in state `s`; null = no write relation. */
function relation(user: UserKey, s: BottleneckState): Who[] | 'all' | null {
  switch (user) {
    case 'admin':
      return 'all'
    case 'leaderIn':
      return ['leader']
    case 'liaisonIn':
      return ['liaison']
    case 'departmentLead':
      return HAS_DEPARTMENTS(s) ? ['department_lead'] : null
    case 'departmentCo':
      return HAS_DEPARTMENTS(s) ? ['department_co'] : null
    default:
      return null
  }
}

function legal(action: Action, s: { state: BottleneckState; pending: boolean }): boolean {
  const row = DOMAIN_TABLE[action]
  return row.from.includes(s.state) && (row.pending === undefined || row.pending === s.pending)
}

/** The status WRITES.md's order of checks gives, from the table above. */
function expectedStatus(
  user: UserKey,
  action: Action,
  s: { state: BottleneckState; pending: boolean },
): 200 | 403 | 409 {
  const who = relation(user, s.state)
  if (who === null) return 403
  if (!legal(action, s)) return 409
  if (who !== 'all' && !DOMAIN_TABLE[action].who.some(w => who.includes(w))) return 403
  return 200
}

function expectedAllowed(user: UserKey, s: { state: BottleneckState; pending: boolean }): Action[] {
  return ACTIONS.filter(a => expectedStatus(user, a, s) === 200)
}

describe('bottleneck role × action matrix', () => {
  for (const s of SITUATIONS) {
    const label = `${s.state}${s.pending ? ' (extension pending)' : ''}`
    for (const user of USER_KEYS) {
      it(`${user} on a ${label} item gets the table's answer for every action`, () => {
        const got: Record<string, number> = {}
        const want: Record<string, number> = {}
        for (const action of ACTIONS) {
          const result = transitionBottleneck(
            contextFor(user),
            bottleneckIn(s.state, s.pending),
            bottleneckRequest(action),
          )
          got[action] = result.ok ? 200 : result.error.status
          want[action] = expectedStatus(user, action, s)
          if (!result.ok && result.error.code === 'illegal_transition')
            expect(result.error.allowedActions.sort()).toEqual(expectedAllowed(user, s).sort())
        }
        expect(got).toEqual(want)
      })
    }
  }

  it('lists, in words, what an in-progress item allows each relation (no extension pending)', () => {
    const allowed = (user: UserKey) => {
      const r = transitionBottleneck(contextFor(user), bottleneckIn('in_progress'), bottleneckRequest('accept'))
      return !r.ok && r.error.code === 'illegal_transition' ? [...r.error.allowedActions].sort() : r
    }
    expect(allowed('leaderIn')).toEqual(['note'])
    expect(allowed('liaisonIn')).toEqual(['escalate', 'note'])
    expect(allowed('departmentLead')).toEqual(['escalate', 'note', 'request_extension', 'resolve'])
    expect(allowed('departmentCo')).toEqual(['note'])
    expect(allowed('admin')).toEqual(['escalate', 'note', 'request_extension', 'resolve'])
  })
})

describe('every legal bottleneck transition', () => {
  for (const s of SITUATIONS) {
    for (const action of ACTIONS.filter(a => legal(a, s))) {
      const to = DOMAIN_TABLE[action].to === 'same' ? s.state : DOMAIN_TABLE[action].to
      it(`${action} takes a ${s.state}${s.pending ? ' (pending)' : ''} item to ${to}, with one event and version + 1`, () => {
        const before = bottleneckIn(s.state, s.pending)
        const result = transitionBottleneck(contextFor('admin'), before, bottleneckRequest(action))
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        const b = result.value
        expect(b.status).toBe(to)
        expect(b.version).toBe(before.version + 1)
        expect(b.events).toHaveLength(before.events.length + 1)
        expect(b.events.at(-1)).toMatchObject({
          id: 1000,
          action,
          fromStatus: s.state,
          toStatus: to,
          actorId: 1,
          actorName: 'User 1',
          at: '2026-03-05T12:00:00+08:00',
        })
      })
    }
  }
})
