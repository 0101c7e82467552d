/** Recording and editing a visit, with the bottlenecks raised inline. */
import type { BottleneckDetail, Enterprise, Outcome, Visit } from '../entities'
import { canEditVisit, canWriteChains } from '../permissions'
import type { OutcomeInput, VisitCreateRequest, VisitPatchRequest } from '../writes'
import { newBottleneck } from './bottleneckRaise'
import { checkChain, checkEnterpriseOfChain, checkNotFuture, FieldProblems } from './checks'
import type { CommandContext } from './context'
import { forbidden, invalid, ok, stale, type CommandResult } from './errors'

/**
 * What a visit command looks up: the chains that exist, and the enterprises the request names
 * (and, on an edit, the visit's own); an id missing from `enterprises` is unknown.
 */
export interface VisitLookups {
  chainIds: readonly number[]
  enterprises: readonly Enterprise[]
}

/** The parts of a visit its semantic checks look at. */
interface VisitShape {
  date: string
  chainId: number
  enterpriseIds: readonly number[]
  outcomes: readonly Pick<OutcomeInput, 'enterpriseId'>[]
}

/**
 * Semantic problems of a visit: a date in the future, an unknown chain, enterprises that do not
 * exist or are not members of the visit's chain, outcomes (and inline bottlenecks) of enterprises
 * the visit did not meet. `checkReferences` limits the chain and enterprise checks to a request
 * that names them (an edit of the summary does not re-judge what is stored).
 */
function visitProblems(
  ctx: CommandContext,
  v: VisitShape,
  lookups: VisitLookups,
  checkReferences: boolean,
  drafts: readonly { enterpriseId: number }[] = [],
): FieldProblems {
  const problems = new FieldProblems()
  checkNotFuture(problems, 'date', v.date, ctx.today)
  if (checkReferences && checkChain(problems, 'chainId', v.chainId, lookups.chainIds)) {
    v.enterpriseIds.forEach((id, i) =>
      checkEnterpriseOfChain(problems, `enterpriseIds.${i}`, id, v.chainId, lookups.enterprises),
    )
  } else if (!checkReferences) {
    // A stored visit whose enterprise has gone (a bad import, a quarantined row) cannot be saved
    // as it is: name the field, so whoever corrects it sends the enterprises anew.
    v.enterpriseIds.forEach((id, i) => {
      if (!lookups.enterprises.some(e => e.id === id)) problems.add(`enterpriseIds.${i}`, 'unknown enterprise')
    })
  }
  v.outcomes.forEach((o, i) => {
    if (!v.enterpriseIds.includes(o.enterpriseId))
      problems.add(`outcomes.${i}.enterpriseId`, 'enterprise not in this visit')
  })
  drafts.forEach((d, i) => {
    if (!v.enterpriseIds.includes(d.enterpriseId))
      problems.add(`bottlenecks.${i}.enterpriseId`, 'enterprise not in this visit')
  })
  return problems
}

/** Outcomes as stored: each with a new id, in request order. */
function storedOutcomes(ctx: CommandContext, outcomes: readonly OutcomeInput[]): Outcome[] {
  return outcomes.map(o => ({
    id: ctx.ids.next('outcome'),
    type: o.type,
    enterpriseId: o.enterpriseId,
    amountCny: o.amountCny,
    description: o.description,
  }))
}

/**
 * Records a visit; each inline bottleneck is created `submitted` with a `raise` event and listed
 * in the visit's `bottleneckIds`. Ids are drawn in order: visit, code, outcomes, then each bottleneck.
 */
export function createVisit(
  ctx: CommandContext,
  req: VisitCreateRequest,
  lookups: VisitLookups,
): CommandResult<{ visit: Visit; bottlenecks: BottleneckDetail[] }> {
  if (!canWriteChains(ctx.actor, [req.chainId])) return forbidden('You may not record visits on this chain')
  const problems = visitProblems(ctx, req, lookups, true, req.bottlenecks)
  if (problems.any) return invalid(problems.fields)
  const id = ctx.ids.next('visit')
  const code = ctx.ids.code('visit', req.date)
  const outcomes = storedOutcomes(ctx, req.outcomes)
  const bottlenecks = req.bottlenecks.map(draft =>
    newBottleneck(
      ctx,
      req.chainId,
      id,
      lookups.enterprises.find(e => e.id === draft.enterpriseId)!,
      draft,
    ),
  )
  const visit: Visit = {
    id,
    code,
    type: req.type,
    date: req.date,
    chainId: req.chainId,
    enterpriseIds: [...req.enterpriseIds],
    participants: [...req.participants],
    summary: req.summary,
    outcomes,
    bottleneckIds: bottlenecks.map(b => b.id),
    recordedBy: ctx.actor.id,
    recordedAt: ctx.now,
    version: 1,
  }
  return ok({ visit, bottlenecks })
}

/**
 * Edits a visit on the version read. Moving it to another chain needs write access to that chain
 * too. New outcomes replace the old ones (with new ids); its bottlenecks stay as they are.
 */
export function patchVisit(
  ctx: CommandContext,
  current: Visit,
  req: VisitPatchRequest,
  lookups: VisitLookups,
): CommandResult<Visit> {
  if (!canEditVisit(ctx.actor, current)) return forbidden('You may not edit visits of this chain')
  if (req.version !== current.version) return stale(current)
  if (req.chainId !== undefined && !canWriteChains(ctx.actor, [current.chainId, req.chainId]))
    return forbidden('You may not move a visit to this chain')
  const { version: _version, outcomes, ...changes } = req
  const merged = { ...current, ...changes }
  const problems = visitProblems(
    ctx,
    { ...merged, outcomes: outcomes ?? current.outcomes },
    lookups,
    req.enterpriseIds !== undefined || req.chainId !== undefined,
  )
  if (problems.any) return invalid(problems.fields)
  return ok({
    ...merged,
    outcomes: outcomes ? storedOutcomes(ctx, outcomes) : current.outcomes,
    version: current.version + 1,
  })
}
