/**
 * Recommendation writes over the contract's commands: create (POST /api/recommendations), edit
 * while draft (PATCH) and every lifecycle action (POST …/transitions).
 */
import {
  createRecommendation,
  patchRecommendation,
  transitionRecommendation,
  writableChainIds,
  type CommandResult,
  type RecommendationCreateRequest,
  type RecommendationLookups,
  type RecommendationDetail,
  type RecommendationPatchRequest,
  type RecommendationTransitionRequest,
} from '#contract'
import type { Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import { notFound, staleVersion } from '../../errors'
import { findRecommendation } from '../../repositories/recommendations'
import { saveRecommendation } from '../../repositories/recommendationWrites'
import type { StoredResponse } from '../../repositories/idempotency'
import { bottleneckChains, chainIdsInUse, visitChains } from '../../repositories/writeReferences'
import { runWrite, valueOf, type WriteEnv, type WriteScope } from './frame'
import { createOnce } from './idempotency'

/** What a create or edit is checked against: the chains it may name (writableChainIds: `own` for an edit), and the chains of the basis it would have. */
async function lookupsFor(
  trx: Transaction<Database>,
  basis: RecommendationDetail['basis'],
  own: readonly number[] = [],
): Promise<RecommendationLookups> {
  return {
    chainIds: writableChainIds(await chainIdsInUse(trx), own),
    visits: await visitChains(trx, basis.visitIds),
    bottlenecks: await bottleneckChains(trx, basis.bottleneckIds),
  }
}

/** Creates a draft recommendation → 201 with the RecommendationDetail. */
export async function create(
  env: WriteEnv,
  req: RecommendationCreateRequest,
  key: string | undefined,
): Promise<StoredResponse> {
  return createOnce(
    env,
    { route: 'POST /api/recommendations', key, body: req },
    { recommendation: [env.today().slice(0, 4)] },
    async ({ trx, ctx, audit }) => {
      const r = valueOf(createRecommendation(ctx, req, await lookupsFor(trx, req.basis)))
      await saveRecommendation(trx, r)
      await audit('recommendation', r.id, 'create', null, r)
      return { status: 201, body: r }
    },
  )
}

/** Loads recommendation `id`, applies `command`, stores and audits the result as `action`. */
async function change(
  env: WriteEnv,
  id: number,
  action: string,
  command: (
    scope: WriteScope,
    current: RecommendationDetail,
  ) => CommandResult<RecommendationDetail> | Promise<CommandResult<RecommendationDetail>>,
): Promise<RecommendationDetail> {
  return runWrite(env, {}, async scope => {
    const current = await findRecommendation(scope.trx, id)
    if (!current) throw notFound('recommendation', id)
    const next = valueOf(await command(scope, current))
    if (!(await saveRecommendation(scope.trx, next, current.version)))
      throw staleVersion(await findRecommendation(scope.trx, id))
    await scope.audit('recommendation', id, action, current, next)
    return next
  })
}

/** Edits a draft → the new RecommendationDetail. */
export function edit(env: WriteEnv, id: number, req: RecommendationPatchRequest): Promise<RecommendationDetail> {
  return change(env, id, 'edit', async ({ trx, ctx }, current) =>
    patchRecommendation(ctx, current, req, await lookupsFor(trx, req.basis ?? current.basis, current.chainIds)),
  )
}

/** Takes one lifecycle action → the new RecommendationDetail. */
export function transition(
  env: WriteEnv,
  id: number,
  req: RecommendationTransitionRequest,
): Promise<RecommendationDetail> {
  return change(env, id, req.action, ({ ctx }, current) => transitionRecommendation(ctx, current, req))
}
