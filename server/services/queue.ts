/**
 * GET /api/queue: what waits on the signed-in user — the bottlenecks and recommendations on which
 * they may take an action other than a note or feedback now (the contract's waitsOn* rules).
 * SQL narrows the candidates to the statuses the user's role acts from and to their chains or
 * department; the contract decides, candidates read page by page in the queue's order until 200
 * of each are found. Bottlenecks most urgent first (red, yellow, blue, none), then oldest raised;
 * recommendations longest in their status first.
 */
import type { Kysely } from 'kysely'
import {
  BOTTLENECK_TRANSITIONS, RECOMMENDATION_TRANSITIONS, waitsOnBottleneck, waitsOnRecommendation,
  type Actor, type Bottleneck, type Recommendation, type SessionUser,
} from '#contract'
import type { Database } from '../db/schema'
import { listQueueCandidates } from '../repositories/bottlenecks'
import { findRecommendation, listQueueCandidateIds } from '../repositories/recommendations'

export const QUEUE_LIMIT = 200
const PAGE = 500
/** Actions that never make an item wait on anyone. */
const NOT_WAITING = new Set(['note', 'record_feedback', 'raise', 'create'])

/** The actors a role may act as on some record. */
function actorsOf(user: SessionUser): readonly Actor[] {
  switch (user.role) {
    case 'admin': return ['admin', 'leader', 'liaison', 'department_lead', 'department_co', 'department_forwarded']
    case 'leader': return ['leader']
    case 'liaison': return ['liaison']
    case 'department': return ['department_lead', 'department_co', 'department_forwarded']
    default: return []
  }
}

/** The from-states of the actions (other than notes and feedback) any of `actors` may take. */
function statusesActedFrom(transitions: readonly { action: string, from: readonly string[], actors: readonly Actor[] }[], actors: readonly Actor[]): string[] {
  const out = new Set<string>()
  for (const t of transitions) {
    if (NOT_WAITING.has(t.action) || !t.actors.some(a => actors.includes(a))) continue
    for (const s of t.from) out.add(s)
  }
  return [...out]
}

/** The chains or department a user's records are narrowed to (none for an admin). */
function scopeOf(user: SessionUser): { chainIds?: readonly number[], departmentId?: number } {
  if (user.role === 'leader' || user.role === 'liaison') return { chainIds: user.chainIds }
  if (user.role === 'department') return { departmentId: user.departmentId ?? -1 }
  return {}
}

async function waitingBottlenecks(db: Kysely<Database>, user: SessionUser, today: string): Promise<Bottleneck[]> {
  const scope = { ...scopeOf(user), statuses: statusesActedFrom(BOTTLENECK_TRANSITIONS, actorsOf(user)) }
  const found: Bottleneck[] = []
  for (let offset = 0; found.length < QUEUE_LIMIT; offset += PAGE) {
    const page = await listQueueCandidates(db, scope, today, offset, PAGE)
    found.push(...page.filter(b => waitsOnBottleneck(user, b)))
    if (page.length < PAGE) break
  }
  return found.slice(0, QUEUE_LIMIT)
}

async function waitingRecommendations(db: Kysely<Database>, user: SessionUser): Promise<Recommendation[]> {
  const scope = { ...scopeOf(user), statuses: statusesActedFrom(RECOMMENDATION_TRANSITIONS, actorsOf(user)) }
  const found: Recommendation[] = []
  for (let offset = 0; found.length < QUEUE_LIMIT; offset += PAGE) {
    const ids = await listQueueCandidateIds(db, scope, offset, PAGE)
    for (const id of ids) {
      const r = await findRecommendation(db, id)
      if (!r || !waitsOnRecommendation(user, r)) continue
      const { instructions: _i, forwards: _f, feedback: _b, ...item } = r
      found.push(item)
      if (found.length === QUEUE_LIMIT) break
    }
    if (ids.length < PAGE) break
  }
  return found
}

/** The signed-in user's queue as of `today`. */
export async function queueFor(db: Kysely<Database>, user: SessionUser, today: string): Promise<{ bottlenecks: Bottleneck[], recommendations: Recommendation[] }> {
  if (user.role === 'viewer') return { bottlenecks: [], recommendations: [] }
  return { bottlenecks: await waitingBottlenecks(db, user, today), recommendations: await waitingRecommendations(db, user) }
}
