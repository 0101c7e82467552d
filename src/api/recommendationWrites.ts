import {
  recommendationView,
  type RecommendationCreateRequest,
  type RecommendationView,
  type RecommendationPatchRequest,
  type RecommendationTransitionRequest,
} from '#contract'
import { patchJson, postJson } from './writeRequest'

/** Drafts a recommendation; the key makes a retried submit safe. */
export function sendNewRecommendation(
  body: RecommendationCreateRequest,
  idempotencyKey: string,
): Promise<RecommendationView> {
  return postJson('/api/recommendations', body, recommendationView, idempotencyKey)
}

/** Edits a recommendation while it is a draft. */
export function sendRecommendationEdit(id: number, body: RecommendationPatchRequest): Promise<RecommendationView> {
  return patchJson(`/api/recommendations/${id}`, body, recommendationView)
}

/** Takes one lifecycle action (submit, record an instruction, forward…) with the record's version. */
export function sendRecommendationAction(
  id: number,
  body: RecommendationTransitionRequest,
): Promise<RecommendationView> {
  return postJson(`/api/recommendations/${id}/transitions`, body, recommendationView)
}
