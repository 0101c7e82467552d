/**
 * GET /api/queue: what waits on the signed-in user — the bottlenecks and recommendations on which
 * they may take a step the record waits for now (the contract's waitsOn* rules): not a note or
 * feedback, nor what is taken at will (an escalation, an extension request, editing a draft, a
 * further instruction, reopening a closed item — the lifecycle table's `optional`). The record's
 * page names the same people (contract/whoseTurn.ts).
 *
 * The admin may act as every actor, so "everything open" would be no queue: the admin's queue is
 * the orphans — records waiting on someone whose steps no active non-admin account can take (every
 * leader of the chain left, a department without staff). An action only an admin could take would
 * have no one else to hold it, so it is an orphan by the same rule.
 *
 * SQL narrows the candidates to the statuses the user's role acts from and to their chains or
 * department (for the admin: to chains without an active leader or departments without active
 * staff); the contract decides, candidates read page by page in the queue's order until 200 of
 * each are found. Bottlenecks most urgent first (red, yellow, blue, none), then oldest raised;
 * recommendations longest in their status first.
 */
import type { Kysely } from 'kysely'
import {
  BOTTLENECK_TRANSITIONS,
  RECOMMENDATION_TRANSITIONS,
  bottleneckTurn,
  isAwaitedFrom,
  recommendationTurn,
  waitsOnBottleneck,
  waitsOnRecommendation,
  type Actor,
  type Bottleneck,
  type Recommendation,
  type RecommendationDetail,
  type SessionUser,
  type TurnAccount,
  type Transition,
} from '#contract'
import type { Database } from '../db/schema'
import { listQueueCandidates, type BottleneckQueueScope } from '../repositories/bottlenecks'
import {
  findRecommendation,
  listQueueCandidateIds,
  type RecommendationQueueScope,
} from '../repositories/recommendations'
import { listTurnAccounts } from '../repositories/turnAccounts'

export const QUEUE_LIMIT = 200
const PAGE = 500

/** The actors a role may act as on some record. */
function actorsOf(user: SessionUser): readonly Actor[] {
  switch (user.role) {
    case 'admin':
      return ['admin', 'leader', 'liaison', 'department_lead', 'department_co', 'department_forwarded']
    case 'leader':
      return ['leader']
    case 'liaison':
      return ['liaison']
    case 'department':
      return ['department_lead', 'department_co', 'department_forwarded']
    default:
      return []
  }
}

/** The states from which any of `actors` may take a step the record waits for. */
function statusesActedFrom(transitions: readonly Transition<string, string>[], actors: readonly Actor[]): string[] {
  const out = new Set<string>()
  for (const t of transitions) {
    if (!t.actors.some(a => actors.includes(a))) continue
    for (const s of t.from) if (isAwaitedFrom(t, s)) out.add(s)
  }
  return [...out]
}

/** The chains or department a user's records are narrowed to (none for an admin). */
function scopeOf(user: SessionUser): { chainIds?: readonly number[]; departmentId?: number } {
  if (user.role === 'leader' || user.role === 'liaison') return { chainIds: user.chainIds }
  if (user.role === 'department') return { departmentId: user.departmentId ?? -1 }
  return {}
}

/**
 * Where an orphan can be (the admin's candidates): every awaited step of both lifecycles is open to
 * a leader of the record's chain or to a bottleneck's lead department (tests/unit/contract/
 * whoseTurn.test.ts holds the tables to that), so an orphan's chain has no active leader, or its
 * lead department, in a state where it acts, no active staff. The contract decides exactly.
 */
function orphanScope(accounts: readonly TurnAccount[]): NonNullable<BottleneckQueueScope['orphans']> {
  const active = accounts.filter(a => a.active)
  return {
    ledChainIds: [...new Set(active.filter(a => a.role === 'leader').flatMap(a => a.chainIds))],
    staffedDepartmentIds: [
      ...new Set(active.filter(a => a.role === 'department' && a.departmentId !== null).map(a => a.departmentId!)),
    ],
    departmentStatuses: statusesActedFrom(BOTTLENECK_TRANSITIONS, ['department_lead']),
  }
}

async function waitingBottlenecks(
  db: Kysely<Database>,
  user: SessionUser,
  today: string,
  accounts: readonly TurnAccount[] | null,
): Promise<Bottleneck[]> {
  const statuses = statusesActedFrom(BOTTLENECK_TRANSITIONS, actorsOf(user))
  const scope: BottleneckQueueScope = accounts
    ? { statuses, orphans: orphanScope(accounts) }
    : { ...scopeOf(user), statuses }
  const waits = accounts
    ? (b: Bottleneck) => bottleneckTurn(b, accounts).orphaned
    : (b: Bottleneck) => waitsOnBottleneck(user, b)
  const found: Bottleneck[] = []
  for (let offset = 0; found.length < QUEUE_LIMIT; offset += PAGE) {
    const page = await listQueueCandidates(db, scope, today, offset, PAGE)
    found.push(...page.filter(waits))
    if (page.length < PAGE) break
  }
  return found.slice(0, QUEUE_LIMIT)
}

async function waitingRecommendations(
  db: Kysely<Database>,
  user: SessionUser,
  accounts: readonly TurnAccount[] | null,
): Promise<Recommendation[]> {
  const statuses = statusesActedFrom(RECOMMENDATION_TRANSITIONS, actorsOf(user))
  const scope: RecommendationQueueScope = accounts
    ? { statuses, orphans: { ledChainIds: orphanScope(accounts).ledChainIds } }
    : { ...scopeOf(user), statuses }
  const waits = accounts
    ? (r: RecommendationDetail) => recommendationTurn(r, accounts).orphaned
    : (r: RecommendationDetail) => waitsOnRecommendation(user, r)
  const found: Recommendation[] = []
  for (let offset = 0; found.length < QUEUE_LIMIT; offset += PAGE) {
    const ids = await listQueueCandidateIds(db, scope, offset, PAGE)
    for (const id of ids) {
      const r = await findRecommendation(db, id)
      if (!r || !waits(r)) continue
      const { instructions: _i, forwards: _f, feedback: _b, ...item } = r
      found.push(item)
      if (found.length === QUEUE_LIMIT) break
    }
    if (ids.length < PAGE) break
  }
  return found
}

/** The signed-in user's queue as of `today`; an admin's is the orphans. */
export async function queueFor(
  db: Kysely<Database>,
  user: SessionUser,
  today: string,
): Promise<{ bottlenecks: Bottleneck[]; recommendations: Recommendation[] }> {
  if (user.role === 'viewer') return { bottlenecks: [], recommendations: [] }
  const accounts = user.role === 'admin' ? await listTurnAccounts(db) : null
  return {
    bottlenecks: await waitingBottlenecks(db, user, today, accounts),
    recommendations: await waitingRecommendations(db, user, accounts),
  }
}
