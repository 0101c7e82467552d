import {
  recommendationDetail,
  type RecommendationCreateRequest, type RecommendationDetail, type RecommendationPatchRequest, type RecommendationTransitionRequest,
} from '#contract'
import { patchJson, postJson } from './writeRequest'

/** Drafts a recommendation; the key makes a retried submit safe. */
export function createRecommendation(body: RecommendationCreateRequest, idempotencyKey: string): Promise<RecommendationDetail> {
  return postJson('/api/recommendations', body, recommendationDetail, idempotencyKey)
}

/** Edits a recommendation while it is a draft. */
export function patchRecommendation(id: number, body: RecommendationPatchRequest): Promise<RecommendationDetail> {
  return patchJson(`/api/recommendations/${id}`, body, recommendationDetail)
}

/** Takes one lifecycle action (submit, record an instruction, forward…) with the record's version. */
export function transitionRecommendation(id: number, body: RecommendationTransitionRequest): Promise<RecommendationDetail> {
  return postJson(`/api/recommendations/${id}/transitions`, body, recommendationDetail)
}
