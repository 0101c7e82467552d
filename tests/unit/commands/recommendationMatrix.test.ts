/**
 * Role × action × state for the recommendation lifecycle at the level of the pure commands, with
 * DOMAIN.md's table written out here by hand ('edit' goes through patchRecommendation).
 */
import { describe, expect, it } from 'vitest'
import {
  patchRecommendation,
  transitionRecommendation,
  type RecommendationState,
  type RecommendationTransitionRequest,
  type SessionUser,
} from '#contract'
import { CHAIN, contextFor, LEAD_DEPT, OTHER_CHAIN, OTHER_DEPT, recommendationIn, users } from './fixtures'
import { recommendationRequest } from './requests'

type Action = RecommendationTransitionRequest['action'] | 'edit'
type Who = 'leader' | 'liaison' | 'department_forwarded'

/** DOMAIN.md, "Recommendation lifecycle". record_instruction: instructed from submitted, else same. */
const DOMAIN_TABLE: Record<Action, { from: RecommendationState[]; who: Who[] }> = {
  edit: { from: ['draft'], who: ['leader', 'liaison'] },
  submit: { from: ['draft'], who: ['leader'] },
  record_instruction: { from: ['submitted', 'instructed', 'forwarded', 'implementing'], who: ['leader'] },
  forward: { from: ['instructed'], who: ['leader'] },
  start_implementation: { from: ['forwarded'], who: ['department_forwarded', 'leader'] },
  record_feedback: { from: ['implementing'], who: ['department_forwarded', 'leader'] },
  complete: { from: ['implementing'], who: ['leader'] },
  not_adopted: { from: ['submitted', 'instructed', 'forwarded', 'implementing'], who: ['leader'] },
}
const RESULT: Record<Action, (from: RecommendationState) => RecommendationState> = {
  edit: from => from,
  submit: () => 'submitted',
  record_instruction: from => (from === 'submitted' ? 'instructed' : from),
  forward: () => 'forwarded',
  start_implementation: () => 'implementing',
  record_feedback: from => from,
  complete: () => 'implemented',
  not_adopted: () => 'not_adopted',
}
const ACTIONS = Object.keys(DOMAIN_TABLE) as Action[]
const STATES: RecommendationState[] = [
  'draft',
  'submitted',
  'instructed',
  'forwarded',
  'implementing',
  'implemented',
  'not_adopted',
]

const person = (
  id: number,
  role: SessionUser['role'],
  chainIds: number[],
  departmentId: number | null,
): SessionUser => ({ id, username: `r${id}`, displayName: `R ${id}`, role, chainIds, departmentId })
const USERS = {
  admin: users.admin,
  leaderIn: users.leaderIn,
  leaderOut: person(30, 'leader', [OTHER_CHAIN], null),
  liaisonIn: person(40, 'liaison', [CHAIN], null),
  liaisonOut: users.liaisonOut,
  departmentForwarded: person(60, 'department', [], LEAD_DEPT),
  departmentOther: person(80, 'department', [], OTHER_DEPT),
  viewer: users.viewer,
}
type UserKey = keyof typeof USERS

/** The fixture forwards to LEAD_DEPT in forwarded, implementing and implemented. */
const FORWARDED_TO = (s: RecommendationState) => ['forwarded', 'implementing', 'implemented'].includes(s)

function relation(user: UserKey, s: RecommendationState): Who[] | 'all' | null {
  switch (user) {
    case 'admin':
      return 'all'
    case 'leaderIn':
      return ['leader']
    case 'liaisonIn':
      return ['liaison']
    case 'departmentForwarded':
      return FORWARDED_TO(s) ? ['department_forwarded'] : null
    default:
      return null
  }
}

function expectedStatus(user: UserKey, action: Action, s: RecommendationState): 200 | 403 | 409 {
  const who = relation(user, s)
  if (who === null) return 403
  if (!DOMAIN_TABLE[action].from.includes(s)) return 409
  if (who !== 'all' && !DOMAIN_TABLE[action].who.some(w => who.includes(w))) return 403
  return 200
}

function run(user: UserKey, action: Action, s: RecommendationState) {
  const ctx = contextFor(USERS[user])
  const current = recommendationIn(s)
  return action === 'edit'
    ? patchRecommendation(
        ctx,
        current,
        { version: 4, title: 'A sharper title' },
        { chainIds: current.chainIds, visits: [], bottlenecks: [] },
      )
    : transitionRecommendation(ctx, current, recommendationRequest(action))
}

describe('recommendation role × action matrix', () => {
  for (const s of STATES) {
    for (const user of Object.keys(USERS) as UserKey[]) {
      it(`${user} on a ${s} recommendation gets the table's answer for every action`, () => {
        const got: Record<string, number> = {}
        const want: Record<string, number> = {}
        for (const action of ACTIONS) {
          const result = run(user, action, s)
          got[action] = result.ok ? 200 : result.error.status
          want[action] = expectedStatus(user, action, s)
          if (!result.ok && result.error.code === 'illegal_transition')
            expect([...result.error.allowedActions].sort()).toEqual(
              ACTIONS.filter(a => expectedStatus(user, a, s) === 200).sort(),
            )
        }
        expect(got).toEqual(want)
      })
    }
  }
})

describe('every legal recommendation transition', () => {
  for (const s of STATES) {
    for (const action of ACTIONS.filter(a => DOMAIN_TABLE[a].from.includes(s))) {
      const to = RESULT[action](s)
      it(`${action} takes a ${s} recommendation to ${to}, version + 1, statusSince moving only with the state`, () => {
        const result = run('admin', action, s)
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        expect(result.value.status).toBe(to)
        expect(result.value.version).toBe(5)
        expect(result.value.statusSince).toBe(to === s ? '2026-02-12' : '2026-03-05')
      })
    }
  }
})
