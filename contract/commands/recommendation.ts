/**
 * Creating, editing and following a recommendation through its lifecycle, with the same order
 * of checks as a bottleneck: no relation → 403, stale → 409, illegal from the state → 409 with
 * the user's allowed actions, not the user's action → 403, then the action's fields → 400.
 */
import type { RecommendationDetail } from '../entities'
import {
  RECOMMENDATION_TRANSITIONS,
  nextRecommendationState,
  type Actor,
  type RecommendationAction,
} from '../lifecycles'
import { allowedRecommendationActions, canWriteChains, recommendationActorsFor } from '../permissions'
import type {
  RecommendationCreateRequest,
  RecommendationPatchRequest,
  RecommendationTransitionRequest,
} from '../writes'
import {
  checkChain,
  checkDepartments,
  checkNotFuture,
  checkRecordsOfChains,
  FieldProblems,
  type ChainedRecord,
} from './checks'
import type { CommandContext } from './context'
import { forbidden, illegal, invalid, ok, stale, type CommandResult } from './errors'

/**
 * What a create or edit looks up: the chains that exist, and the chain of each basis visit and
 * bottleneck the recommendation names (missing ones are unknown).
 */
export interface RecommendationLookups {
  chainIds: readonly number[]
  visits: readonly ChainedRecord[]
  bottlenecks: readonly ChainedRecord[]
}

function actorsOf(action: RecommendationAction): readonly Actor[] {
  return RECOMMENDATION_TRANSITIONS.find(t => t.action === action)!.actors
}

/**
 * References of the recommendation as it would be: chains that exist, and a basis of visits and
 * bottlenecks that exist and belong to one of its chains.
 */
function referenceProblems(
  r: Pick<RecommendationDetail, 'chainIds' | 'basis'>,
  lookups: RecommendationLookups,
): FieldProblems {
  const problems = new FieldProblems()
  r.chainIds.forEach((id, i) => checkChain(problems, `chainIds.${i}`, id, lookups.chainIds))
  checkRecordsOfChains(problems, 'basis.visitIds', r.basis.visitIds, lookups.visits, r.chainIds, 'visit')
  checkRecordsOfChains(
    problems,
    'basis.bottleneckIds',
    r.basis.bottleneckIds,
    lookups.bottlenecks,
    r.chainIds,
    'bottleneck',
  )
  return problems
}

/** Creates a draft recommendation. */
export function createRecommendation(
  ctx: CommandContext,
  req: RecommendationCreateRequest,
  lookups: RecommendationLookups,
): CommandResult<RecommendationDetail> {
  if (!canWriteChains(ctx.actor, req.chainIds)) return forbidden('You may not write recommendations on these chains')
  const problems = referenceProblems(req, lookups)
  if (problems.any) return invalid(problems.fields)
  return ok({
    id: ctx.ids.next('recommendation'),
    code: ctx.ids.code('recommendation', ctx.today),
    title: req.title,
    body: req.body,
    chainIds: [...req.chainIds],
    basis: {
      visitIds: [...req.basis.visitIds],
      bottleneckIds: [...req.basis.bottleneckIds],
      research: req.basis.research,
    },
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

/**
 * Edits a recommendation while it is a draft. The editor needs scope over every chain the draft
 * names, before and after the edit: a leader of some of its chains may act on it, not rewrite it.
 * Chains and basis are checked as they would be when the request changes either.
 */
export function patchRecommendation(
  ctx: CommandContext,
  current: RecommendationDetail,
  req: RecommendationPatchRequest,
  lookups: RecommendationLookups,
): CommandResult<RecommendationDetail> {
  const actors = recommendationActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  if (current.status !== 'draft')
    return illegal('edit', current.status, allowedRecommendationActions(ctx.actor, current))
  if (!actors.some(a => actorsOf('edit').includes(a))) return forbidden()
  if (!canWriteChains(ctx.actor, [...current.chainIds, ...(req.chainIds ?? [])]))
    return forbidden('You may not write recommendations on these chains')
  const { version: _version, ...changes } = req
  const next = { ...current, ...changes, version: current.version + 1 }
  if (req.chainIds !== undefined || req.basis !== undefined) {
    const problems = referenceProblems(next, lookups)
    if (problems.any) return invalid(problems.fields)
  }
  return ok(next)
}

/** The action's own semantic checks (step 8), keyed by request field. */
function transitionProblems(
  ctx: CommandContext,
  current: RecommendationDetail,
  req: RecommendationTransitionRequest,
): FieldProblems {
  const problems = new FieldProblems()
  if (req.action === 'forward') checkDepartments(problems, 'departmentIds', req.departmentIds, ctx.departments)
  if (req.action === 'record_instruction') {
    checkNotFuture(problems, 'date', req.date, ctx.today)
    if (current.submittedOn !== null && req.date < current.submittedOn)
      problems.add('date', `before the recommendation was submitted (${current.submittedOn})`)
  }
  return problems
}

/** The record after the action: its day-stamps and the instruction, forward or feedback it adds. */
function applyAction(
  ctx: CommandContext,
  r: RecommendationDetail,
  req: RecommendationTransitionRequest,
): RecommendationDetail {
  const next = { ...r }
  switch (req.action) {
    case 'submit':
      next.submittedOn = ctx.today
      next.submittedTo = req.submittedTo ?? r.submittedTo
      break
    case 'record_instruction':
      // The instruction's own date: a leader's written endorsement is often recorded days later.
      next.firstInstructedOn = r.firstInstructedOn ?? req.date
      next.instructions = [
        ...r.instructions,
        { id: ctx.ids.next('instruction'), leader: req.leader, date: req.date, text: req.text },
      ]
      break
    case 'forward':
      next.forwardedOn = r.forwardedOn ?? ctx.today
      next.forwards = [
        ...r.forwards,
        { id: ctx.ids.next('forward'), date: ctx.today, departmentIds: [...req.departmentIds], note: req.note },
      ]
      break
    case 'start_implementation':
      next.implementingOn = ctx.today
      break
    case 'record_feedback': {
      const departmentId = ctx.actor.role === 'department' ? ctx.actor.departmentId : null
      next.feedback = [...r.feedback, { id: ctx.ids.next('feedback'), date: ctx.today, departmentId, text: req.text }]
      break
    }
    case 'complete':
      next.implementedOn = ctx.today
      break
    case 'not_adopted':
      next.notAdoptedOn = ctx.today
      next.notAdoptedReason = req.reason
      break
  }
  return next
}

/** Takes one lifecycle action on a recommendation: version + 1, statusSince = today on a change of state. */
export function transitionRecommendation(
  ctx: CommandContext,
  current: RecommendationDetail,
  req: RecommendationTransitionRequest,
): CommandResult<RecommendationDetail> {
  const actors = recommendationActorsFor(ctx.actor, current)
  if (actors.length === 0) return forbidden()
  if (req.version !== current.version) return stale(current)
  const to = nextRecommendationState(current.status, req.action)
  if (to === null) return illegal(req.action, current.status, allowedRecommendationActions(ctx.actor, current))
  if (!actorsOf(req.action).some(a => actors.includes(a)))
    return forbidden(`Only ${actorsOf(req.action).join(', ')} may ${req.action}`)
  const problems = transitionProblems(ctx, current, req)
  if (problems.any) return invalid(problems.fields)
  const next = applyAction(ctx, current, req)
  next.status = to
  if (to !== current.status) next.statusSince = ctx.today
  next.version = current.version + 1
  return ok(next)
}
