import {
  paged,
  recommendation,
  recommendationView,
  type Paged,
  type Recommendation,
  type RecommendationView,
  type RecommendationListQuery,
} from '#contract'
import { getJson } from './http'
import { toListParams } from './listParams'

/** A page of recommendations matching the query (chain, period, status, search, sort). */
export function fetchRecommendations(query: Partial<RecommendationListQuery> = {}): Promise<Paged<Recommendation>> {
  return getJson('/api/recommendations', paged(recommendation), toListParams(query))
}

/** One recommendation with instructions, forwards and feedback; 404 → ApiError. */
export function fetchRecommendation(id: number): Promise<RecommendationView> {
  return getJson(`/api/recommendations/${id}`, recommendationView)
}
