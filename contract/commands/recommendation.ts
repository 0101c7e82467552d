/**
 * Creating, editing and following a recommendation through its lifecycle, with the same order
 * of checks as a bottleneck: no relation → 403, stale → 409, illegal from the state → 409 with
 * the user's allowed actions, not the user's action → 403, then the action's fields → 400.
 */
import type { RecommendationDetail } from '../entities'
import { RECOMMENDATION_TRANSITIONS, nextRecommendationState, type Actor, type RecommendationAction } from '../lifecycles'
import { allowedRecommendationActions, recommendationActorsFor } from '../permissions'
import type { RecommendationCreateRequest, RecommendationPatchRequest, RecommendationTransitionRequest } from '../writes'
import { checkDepartments, checkNotFuture, FieldProblems } from './checks'
import type { CommandContext } from './context'
import { forbidden, illegal, invalid, ok, stale, type CommandResult } from './errors'

/**
 * Ids that exist, for the ids a create or edit names (chains, visits, bottlenecks of the basis).
 * Each list, when given, is checked; an id of the request missing from it is a 400.
 */
export interface RecommendationLookups {
  chainIds?: readonly number[]
  visitIds?: readonly number[]
  bottleneckIds?: readonly number[]
}

function actorsOf(action: RecommendationAction): readonly Actor[] {
  return RECOMMENDATION_TRANSITIONS.find(t => t.action === action)!.actors
}

/** Unknown chain, visit and bottleneck ids named by a create or edit. */
function referenceProblems(req: Partial<RecommendationCreateRequest>, lookups: RecommendationLookups): FieldProblems {
  const problems = new FieldProblems()
  const check = (path: string, ids: readonly number[] | undefined, known: readonly number[] | undefined, what: string) => {
    if (!ids || !known) return
    ids.forEach((id, i) => {
      if (!known.includes(id)) problems.add(`${path}.${i}`, `unknown ${what}`)
    })
  }
  check('chainIds', req.chainIds, lookups.chainIds, 'chain')
  check('basis.visitIds', req.basis?.visitIds, lookups.visitIds, 'visit')
  check('basis.bottleneckIds', req.basis?.bottleneckIds, lookups.bottleneckIds, 'bottleneck')
  return problems
}

/** True when the user may create or edit a draft on these chains (leader or liaison with one of them in scope). */
function mayDraft(ctx: CommandContext, chainIds: readonly number[]): boolean {
  const actors = recommendationActorsFor(ctx.actor, { status: 'draft', chainIds: [...chainIds], forwards: [] })
  return actors.some(a => actorsOf('create').includes(a))
}

/** Creates a draft recommendation. */
export function createRecommendation(ctx: CommandContext, req: RecommendationCreateRequest, lookups: RecommendationLookups = {}): CommandResult<RecommendationDetail> {
  if (!mayDraft(ctx, req.chainIds)) return forbidden('You may not write recommendations on these chains')
  const problems = referenceProblems(req, lookups)
  if (problems.any) return invalid(problems.fields)
  return ok({
    id: ctx.ids.next('recommendation'),
    code: ctx.ids.code('recommendation', ctx.today),
    title: req.title,
    body: req.body,
    chainIds: [...req.chainIds],
    basis: { visitIds: [...req.basis.visitIds], bottleneckIds: [...req.basis.bottleneckIds], research: req.basis.research },
    submittedTo: req.submittedTo,
    status: 'draft',
    createdBy: ctx.actor.id,
    createdOn: ctx.today,
    submittedOn: null,
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince: ctx.today,
    version: 1,
    instructions: [],
    forwards: [],
    feedback: [],
  })
}

/** Edits a recommendation while it is a draft; new chains must be the editor's too. */
export function patchRecommendation(ctx: CommandContext, current: RecommendationDetail, req: RecommendationPatchRequest, lookups: RecommendationLookups = {}): CommandResult<RecommendationDetail> {
  const actors = recommendationActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  if (current.status !== 'draft') return illegal('edit', current.status, allowedRecommendationActions(ctx.actor, current))
  if (!actors.some(a => actorsOf('edit').includes(a))) return forbidden()
  if (req.chainIds !== undefined && !mayDraft(ctx, req.chainIds)) return forbidden('You may not write recommendations on these chains')
  const problems = referenceProblems(req, lookups)
  if (problems.any) return invalid(problems.fields)
  const { version: _version, ...changes } = req
  return ok({ ...current, ...changes, version: current.version + 1 })
}

/** The action's own semantic checks (step 8), keyed by request field. */
function transitionProblems(ctx: CommandContext, current: RecommendationDetail, req: RecommendationTransitionRequest): FieldProblems {
  const problems = new FieldProblems()
  if (req.action === 'forward') checkDepartments(problems, 'departmentIds', req.departmentIds, ctx.departments)
  if (req.action === 'record_instruction') {
    checkNotFuture(problems, 'date', req.date, ctx.today)
    if (current.submittedOn !== null && req.date < current.submittedOn) problems.add('date', `before the recommendation was submitted (${current.submittedOn})`)
  }
  return problems
}

/** The record after the action: its day-stamps and the instruction, forward or feedback it adds. */
function applyAction(ctx: CommandContext, r: RecommendationDetail, req: RecommendationTransitionRequest): RecommendationDetail {
  const next = { ...r }
  switch (req.action) {
    case 'submit':
      next.submittedOn = ctx.today
      next.submittedTo = req.submittedTo ?? r.submittedTo
      break
    case 'record_instruction':
      // The instruction's own date: a leader's written endorsement is often recorded days later.
      next.firstInstructedOn = r.firstInstructedOn ?? req.date
      next.instructions = [...r.instructions, { id: ctx.ids.next('instruction'), leader: req.leader, date: req.date, text: req.text }]
      break
    case 'forward':
      next.forwardedOn = r.forwardedOn ?? ctx.today
      next.forwards = [...r.forwards, { id: ctx.ids.next('forward'), date: ctx.today, departmentIds: [...req.departmentIds], note: req.note }]
      break
    case 'start_implementation': next.implementingOn = ctx.today; break
    case 'record_feedback': {
      const departmentId = ctx.actor.role === 'department' ? ctx.actor.departmentId : null
      next.feedback = [...r.feedback, { id: ctx.ids.next('feedback'), date: ctx.today, departmentId, text: req.text }]
      break
    }
    case 'complete': next.implementedOn = ctx.today; break
    case 'not_adopted':
      next.notAdoptedOn = ctx.today
      next.notAdoptedReason = req.reason
      break
  }
  return next
}

/** Takes one lifecycle action on a recommendation: version + 1, statusSince = today on a change of state. */
export function transitionRecommendation(ctx: CommandContext, current: RecommendationDetail, req: RecommendationTransitionRequest): CommandResult<RecommendationDetail> {
  const actors = recommendationActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  const to = nextRecommendationState(current.status, req.action)
  if (to === null) return illegal(req.action, current.status, allowedRecommendationActions(ctx.actor, current))
  if (!actorsOf(req.action).some(a => actors.includes(a))) return forbidden(`Only ${actorsOf(req.action).join(', ')} may ${req.action}`)
  const problems = transitionProblems(ctx, current, req)
  if (problems.any) return invalid(problems.fields)
  const next = applyAction(ctx, current, req)
  next.status = to
  if (to !== current.status) next.statusSince = ctx.today
  next.version = current.version + 1
  return ok(next)
}
