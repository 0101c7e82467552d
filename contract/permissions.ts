/**
 * Who may write what (DOMAIN.md, Roles): a user's actors on a record, and the actions those
 * actors may take from the record's current state. The lifecycles' tables decide what is legal;
 * this file only decides who the user is in relation to the record. Admin is "everything,
 * audited": every actor on every record.
 */
import type { SessionUser } from './auth'
import type { Bottleneck, Recommendation, Visit } from './entities'
import {
  BOTTLENECK_TRANSITIONS,
  RECOMMENDATION_TRANSITIONS,
  bottleneckActionsFrom,
  isAwaitedFrom,
  recommendationActionsFrom,
  type Actor,
  type BottleneckAction,
  type RecommendationAction,
} from './lifecycles'

/** The parts of the signed-in user that decide permissions. */
export type PermissionUser = Pick<SessionUser, 'role' | 'chainIds' | 'departmentId'>
/** The parts of a bottleneck that decide permissions. */
export type BottleneckAccess = Pick<
  Bottleneck,
  'status' | 'chainId' | 'leadDepartmentId' | 'coDepartmentIds' | 'extensionPending'
>
/**
 * The parts of a recommendation that decide permissions. `forwards` names the departments it went
 * to: without it (a list row rather than a detail) a department user has no relation to the record.
 */
export type RecommendationAccess = Pick<Recommendation, 'status' | 'chainIds'> & {
  forwards?: readonly { departmentIds: readonly number[] }[]
}

const EVERY_ACTOR: readonly Actor[] = [
  'admin',
  'leader',
  'liaison',
  'department_lead',
  'department_co',
  'department_forwarded',
]

/**
 * True when the user may create or edit a record naming `chainIds`: admin always; a leader or
 * liaison only with every one of them in scope (DOMAIN.md, Roles). The one scope rule of every
 * create and edit, so a writer cannot widen a record to chains they do not lead. Lifecycle actions
 * ask less: a write relation through one of the record's chains (the actors functions below).
 */
export function canWriteChains(user: PermissionUser, chainIds: readonly number[]): boolean {
  if (user.role === 'admin') return true
  if (user.role !== 'leader' && user.role !== 'liaison') return false
  return chainIds.length > 0 && chainIds.every(c => user.chainIds.includes(c))
}

/** True when the user may write to records of the chain (admin always; leader/liaison in scope). */
export function canWriteChain(user: PermissionUser, chainId: number): boolean {
  return canWriteChains(user, [chainId])
}

/** True when the user may edit the visit: admin, or a leader/liaison whose scope holds its chain. */
export function canEditVisit(user: PermissionUser, v: Pick<Visit, 'chainId'>): boolean {
  return canWriteChain(user, v.chainId)
}

/** The actors the user counts as on this bottleneck; empty when the user has no write relation to it. */
export function bottleneckActorsFor(user: PermissionUser, b: BottleneckAccess): Actor[] {
  switch (user.role) {
    case 'admin':
      return [...EVERY_ACTOR]
    case 'leader':
    case 'liaison':
      return user.chainIds.includes(b.chainId) ? [user.role] : []
    case 'department': {
      const actors: Actor[] = []
      if (user.departmentId === null) return actors
      if (b.leadDepartmentId === user.departmentId) actors.push('department_lead')
      if (b.coDepartmentIds.includes(user.departmentId)) actors.push('department_co')
      return actors
    }
    default:
      return []
  }
}

/** Actions the user may take on the bottleneck now: legal from its state and open to one of the user's actors. */
export function allowedBottleneckActions(user: PermissionUser, b: BottleneckAccess): BottleneckAction[] {
  const actors = bottleneckActorsFor(user, b)
  if (actors.length === 0) return []
  return bottleneckActionsFrom(b.status, b.extensionPending).filter(action => {
    const t = BOTTLENECK_TRANSITIONS.find(x => x.action === action)
    return action !== 'raise' && t !== undefined && t.actors.some(a => actors.includes(a))
  })
}

/** The actors the user counts as on this recommendation; empty when the user has no write relation to it. */
export function recommendationActorsFor(user: PermissionUser, r: RecommendationAccess): Actor[] {
  switch (user.role) {
    case 'admin':
      return [...EVERY_ACTOR]
    case 'leader':
    case 'liaison':
      return r.chainIds.some(c => user.chainIds.includes(c)) ? [user.role] : []
    case 'department': {
      const dept = user.departmentId
      return dept !== null && (r.forwards ?? []).some(f => f.departmentIds.includes(dept))
        ? ['department_forwarded']
        : []
    }
    default:
      return []
  }
}

/**
 * Actions the user may take on the recommendation now, 'edit' included while it is a draft; never
 * 'create'. Editing rewrites what the draft says for each of its chains, so it needs scope over
 * every one of them (canWriteChains); the lifecycle actions need one.
 */
export function allowedRecommendationActions(user: PermissionUser, r: RecommendationAccess): RecommendationAction[] {
  const actors = recommendationActorsFor(user, r)
  if (actors.length === 0) return []
  return recommendationActionsFrom(r.status).filter(action => {
    const t = RECOMMENDATION_TRANSITIONS.find(x => x.action === action)
    if (action === 'edit' && !canWriteChains(user, r.chainIds)) return false
    return action !== 'create' && t !== undefined && t.actors.some(a => actors.includes(a))
  })
}

/**
 * True when the bottleneck waits on the user: they may take a step the record waits for now — not
 * one taken at will (a note, an escalation, an extension request, reopening a closed item: the
 * table's `optional`). whoseTurn.ts names the same people on the record's page. An admin may take
 * every step; the admin's queue is the orphans instead (server/services/queue.ts).
 */
export function waitsOnBottleneck(user: PermissionUser, b: BottleneckAccess): boolean {
  return allowedBottleneckActions(user, b).some(a =>
    isAwaitedFrom(
      BOTTLENECK_TRANSITIONS.find(t => t.action === a)!,
      b.status,
    ),
  )
}

/** True when the recommendation waits on the user (feedback, editing a draft or a further instruction do not count). */
export function waitsOnRecommendation(user: PermissionUser, r: RecommendationAccess): boolean {
  return allowedRecommendationActions(user, r).some(a =>
    isAwaitedFrom(
      RECOMMENDATION_TRANSITIONS.find(t => t.action === a)!,
      r.status,
    ),
  )
}
