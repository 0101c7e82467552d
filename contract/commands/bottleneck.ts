/**
 * Raising, editing and moving a bottleneck through its lifecycle, with the checks of WRITES.md in
 * order: no relation → 403, stale version → 409, illegal from the state → 409 with the user's
 * allowed actions, not the user's action → 403, then the action's own fields → 400.
 */
import { addWorkingDays } from '../calendar'
import type { BottleneckDetail, Enterprise, Visit } from '../entities'
import { BOTTLENECK_TRANSITIONS, nextBottleneckState, type Actor } from '../lifecycles'
import { allowedBottleneckActions, bottleneckActorsFor, canWriteChains } from '../permissions'
import type { BottleneckCreateRequest, BottleneckPatchRequest, BottleneckTransitionRequest } from '../writes'
import { applyBottleneckAction } from './bottleneckEffects'
import { newBottleneck } from './bottleneckRaise'
import { checkChain, checkDepartments, checkEnterpriseOfChain, FieldProblems } from './checks'
import type { CommandContext } from './context'
import { forbidden, illegal, invalid, ok, stale, type CommandResult } from './errors'

/**
 * What raising looks up: the chains that exist, and the enterprise and the visit named by the
 * request, null when missing.
 */
export interface RaiseLookups {
  chainIds: readonly number[]
  enterprise: Enterprise | null
  visit: Visit | null
}
/** What an edit looks up when it names another enterprise: that enterprise and the item's visit, null when missing. */
export type BottleneckEditLookups = Omit<RaiseLookups, 'chainIds'>

/** Who may raise, and edit what was raised: the table's raise actors (admin counts as every actor). */
const RAISE_ACTORS: readonly Actor[] = BOTTLENECK_TRANSITIONS.find(t => t.action === 'raise')!.actors

/** Problems with the enterprise and visit a bottleneck names, keyed by request field: both must exist and fit its chain. */
function enterpriseAndVisitProblems(
  problems: FieldProblems,
  chainId: number,
  enterpriseId: number,
  visitId: number | null,
  lookups: BottleneckEditLookups,
): void {
  checkEnterpriseOfChain(
    problems,
    'enterpriseId',
    enterpriseId,
    chainId,
    lookups.enterprise ? [lookups.enterprise] : [],
  )
  if (visitId === null) return
  const visit = lookups.visit
  if (visit?.id !== visitId) problems.add('visitId', 'unknown visit')
  else if (visit.chainId !== chainId) problems.add('visitId', 'the visit belongs to another chain')
  else if (!visit.enterpriseIds.includes(enterpriseId)) problems.add('enterpriseId', 'enterprise not in this visit')
}

/**
 * Raises a bottleneck outside a visit (or linked to one), `submitted` with a `raise` event.
 * The caller links it into the visit's `bottleneckIds`.
 */
export function raiseBottleneck(
  ctx: CommandContext,
  req: BottleneckCreateRequest,
  lookups: RaiseLookups,
): CommandResult<BottleneckDetail> {
  if (!canWriteChains(ctx.actor, [req.chainId])) return forbidden('You may not raise bottlenecks on this chain')
  const problems = new FieldProblems()
  const visitId = req.visitId ?? null
  if (checkChain(problems, 'chainId', req.chainId, lookups.chainIds))
    enterpriseAndVisitProblems(problems, req.chainId, req.enterpriseId, visitId, lookups)
  if (problems.any) return invalid(problems.fields)
  const draft = {
    enterpriseId: req.enterpriseId,
    category: req.category,
    title: req.title,
    description: req.description,
  }
  return ok(newBottleneck(ctx, req.chainId, visitId, lookups.enterprise!, draft))
}

/**
 * Edits a bottleneck while it is `submitted`. A new `enterpriseId` is looked up in `lookups` (it
 * must be of the item's chain, and of its visit when raised on one; its county follows it).
 */
export function patchBottleneck(
  ctx: CommandContext,
  current: BottleneckDetail,
  req: BottleneckPatchRequest,
  lookups: BottleneckEditLookups,
): CommandResult<BottleneckDetail> {
  const actors = bottleneckActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  if (current.status !== 'submitted')
    return illegal('edit', current.status, allowedBottleneckActions(ctx.actor, current))
  if (!actors.some(a => RAISE_ACTORS.includes(a))) return forbidden()
  const { version: _version, ...changes } = req
  let county = current.county
  if (changes.enterpriseId !== undefined && changes.enterpriseId !== current.enterpriseId) {
    const problems = new FieldProblems()
    enterpriseAndVisitProblems(problems, current.chainId, changes.enterpriseId, current.visitId, lookups)
    if (problems.any) return invalid(problems.fields)
    county = lookups.enterprise!.county
  }
  return ok({ ...current, ...changes, county, version: current.version + 1 })
}

/** The action's own semantic checks (step 8), keyed by request field. */
function transitionProblems(
  ctx: CommandContext,
  current: BottleneckDetail,
  req: BottleneckTransitionRequest,
): FieldProblems {
  const problems = new FieldProblems()
  if (req.action === 'assign') {
    if (!ctx.departments.some(d => d.id === req.leadDepartmentId))
      problems.add('leadDepartmentId', 'unknown department')
    checkDepartments(problems, 'coDepartmentIds', req.coDepartmentIds, ctx.departments)
    req.coDepartmentIds.forEach((d, i) => {
      if (d === req.leadDepartmentId)
        problems.add(`coDepartmentIds.${i}`, 'the lead department cannot also be a co-department')
    })
  }
  if (req.action === 'request_extension') {
    const max = addWorkingDays(current.assignedOn ?? ctx.today, ctx.limits.maxResolveWorkingDays, ctx.calendar)
    if (current.resolveBy !== null && req.newResolveBy <= current.resolveBy)
      problems.add('newResolveBy', `must be later than the deadline in force (${current.resolveBy})`)
    else if (req.newResolveBy > max)
      problems.add('newResolveBy', `beyond the maximum of ${ctx.limits.maxResolveWorkingDays} working days (${max})`)
  }
  return problems
}

/**
 * Takes one lifecycle action on a bottleneck: appends one event, moves the state, sets the
 * action's fields (deadlines from the working-day calendar on assignment), version + 1, warning
 * recomputed.
 */
export function transitionBottleneck(
  ctx: CommandContext,
  current: BottleneckDetail,
  req: BottleneckTransitionRequest,
): CommandResult<BottleneckDetail> {
  const actors = bottleneckActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  const to = nextBottleneckState(current.status, req.action, current.extensionPending)
  if (to === null) return illegal(req.action, current.status, allowedBottleneckActions(ctx.actor, current))
  const transition = BOTTLENECK_TRANSITIONS.find(t => t.action === req.action)!
  if (!transition.actors.some(a => actors.includes(a)))
    return forbidden(`Only ${transition.actors.join(', ')} may ${req.action}`)
  const problems = transitionProblems(ctx, current, req)
  if (problems.any) return invalid(problems.fields)
  return ok(applyBottleneckAction(ctx, current, req, to))
}
