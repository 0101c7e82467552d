import {
  recommendationRoutes,
  type RecommendationCreateRequest,
  type RecommendationPatchRequest,
  type RecommendationTransitionRequest,
  type RecommendationView,
} from '#contract'
import { call } from './call'

/** Drafts a recommendation; the key makes a retried submit safe. */
export function sendNewRecommendation(
  body: RecommendationCreateRequest,
  idempotencyKey: string,
): Promise<RecommendationView> {
  return call(recommendationRoutes.create, { body }, { idempotencyKey })
}

/** Edits a recommendation while it is a draft. */
export function sendRecommendationEdit(id: number, body: RecommendationPatchRequest): Promise<RecommendationView> {
  return call(recommendationRoutes.edit, { params: { id }, body })
}

/** Takes one lifecycle action (submit, record an instruction, forward…) with the record's version. */
export function sendRecommendationAction(
  id: number,
  body: RecommendationTransitionRequest,
): Promise<RecommendationView> {
  return call(recommendationRoutes.transition, { params: { id }, body })
}
