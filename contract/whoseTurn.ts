/**
 * Whose turn it is on a bottleneck or a recommendation (issue 11 §3): the steps the record waits
 * for from its state — the lifecycle table's actions legal there and not taken at will
 * (`optional`, lifecycles.ts) — each with the actor who may take it and the active accounts that
 * hold that relation (permissions.ts: leaders and liaisons whose chains include the record's,
 * staff of the lead or forwarded department). The server and the mock both call these functions
 * and send the answer with the record's detail; the SPA words it ("等待：链长 金永哲 受理").
 *
 * An admin may act as every actor, so an admin is never named: a record whose steps no active
 * non-admin account can take is `orphaned`, and it is what the admin's queue holds. A record in a
 * final state (or voided) waits on no one.
 */
import { z } from 'zod'
import { id } from './common'
import type { User } from './reference'
import {
  BOTTLENECK_TRANSITIONS,
  RECOMMENDATION_TRANSITIONS,
  isAwaitedFrom,
  nextBottleneckState,
  nextRecommendationState,
  type Actor,
  type Transition,
} from './lifecycles'
import {
  bottleneckActorsFor,
  recommendationActorsFor,
  type BottleneckAccess,
  type PermissionUser,
  type RecommendationAccess,
} from './permissions'

export const ACTORS = [
  'admin',
  'leader',
  'liaison',
  'department_lead',
  'department_co',
  'department_forwarded',
] as const satisfies readonly Actor[]

/** One actor the record waits on, and the step it waits for from them. */
export const turnEntry = z.object({
  /** The step awaited from this actor: the first of their awaited actions in the lifecycle table's order. */
  action: z.string(),
  actor: z.enum(ACTORS),
  /** The department meant, for a department actor (the lead department, or one a recommendation was forwarded to). */
  departmentId: id.nullable(),
  /** The active non-admin accounts holding this relation, by id; empty when nobody can take the step. */
  people: z.array(z.object({ id, name: z.string() })),
})
export type TurnEntry = z.infer<typeof turnEntry>

export const whoseTurn = z.object({
  /** In the table's order; empty when the record waits on no one (a final state, or voided). */
  waitingOn: z.array(turnEntry),
  /** True when the record waits on someone and no active account but an admin's can take any of its steps. */
  orphaned: z.boolean(),
})
export type WhoseTurn = z.infer<typeof whoseTurn>

/** The parts of an account that decide whether it holds a relation to a record. */
export type TurnAccount = Pick<User, 'id' | 'displayName' | 'role' | 'chainIds' | 'departmentId' | 'active'>

const NO_ONE: WhoseTurn = { waitingOn: [], orphaned: false }

/** The department ids an actor stands for on the record (one entry each), or [null] for a person actor. */
type DepartmentsOf = (actor: Actor) => readonly (number | null)[]

/**
 * The turn over `steps` (the awaited transitions legal now, in table order): one entry per actor
 * and department, with the accounts for which `actorsOf` names that actor.
 */
function turnOver(
  steps: readonly Transition<string, string>[],
  departmentsOf: DepartmentsOf,
  accounts: readonly TurnAccount[],
  actorsOf: (user: PermissionUser) => readonly Actor[],
): WhoseTurn {
  const entries: TurnEntry[] = []
  for (const t of steps) {
    for (const actor of t.actors) {
      for (const departmentId of departmentsOf(actor)) {
        if (!entries.some(e => e.actor === actor && e.departmentId === departmentId))
          entries.push({ action: t.action, actor, departmentId, people: [] })
      }
    }
  }
  if (entries.length === 0) return NO_ONE
  const people = accounts.filter(a => a.active && a.role !== 'admin').sort((a, b) => a.id - b.id)
  for (const account of people) {
    const actors = actorsOf(account)
    for (const e of entries) {
      if (
        e.actor !== 'admin' &&
        actors.includes(e.actor) &&
        (e.departmentId === null || e.departmentId === account.departmentId)
      )
        e.people.push({ id: account.id, name: account.displayName })
    }
  }
  return { waitingOn: entries, orphaned: entries.every(e => e.people.length === 0) }
}

const unique = (ids: readonly number[]) => [...new Set(ids)]

/** Whose turn it is on the bottleneck, among `accounts` (every account; inactive ones and admins are left out). */
export function bottleneckTurn(
  b: BottleneckAccess & { voidedAt?: string },
  accounts: readonly TurnAccount[],
): WhoseTurn {
  if (b.voidedAt) return NO_ONE
  const steps = BOTTLENECK_TRANSITIONS.filter(
    t => isAwaitedFrom(t, b.status) && nextBottleneckState(b.status, t.action, b.extensionPending) !== null,
  )
  const departmentsOf: DepartmentsOf = actor => {
    if (actor === 'department_lead') return b.leadDepartmentId === null ? [] : [b.leadDepartmentId]
    if (actor === 'department_co') return unique(b.coDepartmentIds)
    if (actor === 'department_forwarded') return []
    return [null]
  }
  return turnOver(steps, departmentsOf, accounts, user => bottleneckActorsFor(user, b))
}

/** Whose turn it is on the recommendation (its detail, with `forwards`), among `accounts`. */
export function recommendationTurn(
  r: RecommendationAccess & { voidedAt?: string },
  accounts: readonly TurnAccount[],
): WhoseTurn {
  if (r.voidedAt) return NO_ONE
  const steps = RECOMMENDATION_TRANSITIONS.filter(
    t => isAwaitedFrom(t, r.status) && nextRecommendationState(r.status, t.action) !== null,
  )
  const forwardedTo = unique((r.forwards ?? []).flatMap(f => f.departmentIds))
  const departmentsOf: DepartmentsOf = actor => {
    if (actor === 'department_forwarded') return forwardedTo
    if (actor === 'department_lead' || actor === 'department_co') return []
    return [null]
  }
  return turnOver(steps, departmentsOf, accounts, user => recommendationActorsFor(user, r))
}
