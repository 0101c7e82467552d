/**
 * POST /api/recommendations, PATCH /api/recommendations/:id and POST
 * /api/recommendations/:id/transitions over the contract's commands, each success audited.
 */
import type { RecommendationDetail, RecommendationLookups } from '#contract'
import type {
  RecommendationCreateRequest,
  RecommendationPatchRequest,
  RecommendationTransitionRequest,
} from '#contract'
import {
  createRecommendation,
  isVoided,
  patchRecommendation,
  transitionRecommendation,
  writableChainIds,
  notFoundFailure,
} from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { chainIdsInUseOf, chainsOf, commandContext } from './context'
import { idempotent } from './idempotency'
import { commandFailure } from './outcome'
import { audit, saveRecommendation } from './save'

/** What a create or edit is checked against: the chains it may name (writableChainIds: `own` for an edit), and the chains of the basis it would have. */
function lookupsFor(
  state: MockState,
  basis: RecommendationDetail['basis'],
  own: readonly number[] = [],
): RecommendationLookups {
  return {
    chainIds: writableChainIds(chainIdsInUseOf(state), own),
    // A voided visit or bottleneck is no basis (issue 10): it reads as unknown, as on the server.
    visits: chainsOf(
      state.world.visits.filter(v => !isVoided(v)),
      basis.visitIds,
    ),
    bottlenecks: chainsOf(
      state.world.bottlenecks.filter(b => !isVoided(b)),
      basis.bottleneckIds,
    ),
  }
}

/** Creates a draft recommendation → 201 RecommendationDetail. */
export function postRecommendation(
  state: MockState,
  req: SignedInRequest,
  body: RecommendationCreateRequest,
): MockResponse {
  return idempotent(state, req, 'POST /api/recommendations', body, () => {
    const ctx = commandContext(state, req.user)
    const result = createRecommendation(ctx, body, lookupsFor(state, body.basis))
    if (!result.ok) return commandFailure(result.error)
    saveRecommendation(state, result.value)
    audit(state, ctx, 'recommendation', result.value.id, 'create', null, result.value)
    state.changed()
    return { status: 201, body: result.value }
  })
}

/** The recommendation of `id`, or the 404 answer. */
function find(
  state: MockState,
  id: number,
): { ok: true; current: RecommendationDetail } | { ok: false; response: MockResponse } {
  // A voided recommendation is gone for every write (issue 10), as on the server.
  const current = state.world.recommendations.find(r => r.id === id && !isVoided(r))
  return current ? { ok: true, current } : { ok: false, response: failed(notFoundFailure('recommendation', id)) }
}

/** Edits a draft → 200 RecommendationDetail. */
export function patchRecommendationRoute(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: RecommendationPatchRequest,
): MockResponse {
  const found = find(state, id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const result = patchRecommendation(
    ctx,
    found.current,
    body,
    lookupsFor(state, body.basis ?? found.current.basis, found.current.chainIds),
  )
  if (!result.ok) return commandFailure(result.error)
  saveRecommendation(state, result.value)
  audit(state, ctx, 'recommendation', id, 'edit', found.current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}

/** Takes one lifecycle action → 200 RecommendationDetail. */
export function postRecommendationTransition(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: RecommendationTransitionRequest,
): MockResponse {
  const found = find(state, id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const result = transitionRecommendation(ctx, found.current, body)
  if (!result.ok) return commandFailure(result.error)
  saveRecommendation(state, result.value)
  audit(state, ctx, 'recommendation', id, body.action, found.current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
