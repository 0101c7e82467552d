/**
 * Recommendation writes over the contract's commands: create (POST /api/recommendations), edit
 * while draft (PATCH) and every lifecycle action (POST …/transitions).
 */
import {
  createRecommendation, patchRecommendation, transitionRecommendation,
  type CommandResult, type RecommendationCreateRequest, type RecommendationDetail, type RecommendationPatchRequest, type RecommendationTransitionRequest,
} from '#contract'
import { notFound } from '../../errors'
import { findRecommendation } from '../../repositories/recommendations'
import { saveRecommendation } from '../../repositories/recommendationWrites'
import type { StoredResponse } from '../../repositories/idempotency'
import { runWrite, staleVersion, valueOf, type WriteEnv, type WriteScope } from './frame'
import { createOnce } from './idempotency'

/** Creates a draft recommendation → 201 with the RecommendationDetail. */
export async function create(env: WriteEnv, req: RecommendationCreateRequest, key: string | undefined): Promise<StoredResponse> {
  return createOnce(env, key, 'POST /api/recommendations', { recommendation: [env.today().slice(0, 4)] }, async ({ trx, ctx, audit }) => {
    const r = valueOf(createRecommendation(ctx, req))
    await saveRecommendation(trx, r)
    await audit('recommendation', r.id, 'create', null, r)
    return { status: 201, body: r }
  })
}

/** Loads recommendation `id`, applies `command`, stores and audits the result as `action`. */
async function change(env: WriteEnv, id: number, action: string,
  command: (scope: WriteScope, current: RecommendationDetail) => CommandResult<RecommendationDetail>): Promise<RecommendationDetail> {
  return runWrite(env, {}, async (scope) => {
    const current = await findRecommendation(scope.trx, id)
    if (!current) throw notFound('recommendation', id)
    const next = valueOf(command(scope, current))
    if (!await saveRecommendation(scope.trx, next, current.version)) throw staleVersion(await findRecommendation(scope.trx, id))
    await scope.audit('recommendation', id, action, current, next)
    return next
  })
}

/** Edits a draft → the new RecommendationDetail. */
export function edit(env: WriteEnv, id: number, req: RecommendationPatchRequest): Promise<RecommendationDetail> {
  return change(env, id, 'edit', ({ ctx }, current) => patchRecommendation(ctx, current, req))
}

/** Takes one lifecycle action → the new RecommendationDetail. */
export function transition(env: WriteEnv, id: number, req: RecommendationTransitionRequest): Promise<RecommendationDetail> {
  return change(env, id, req.action, ({ ctx }, current) => transitionRecommendation(ctx, current, req))
}
