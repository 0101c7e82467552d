import {
  recommendationRoutes,
  type Paged,
  type Recommendation,
  type RecommendationListQuery,
  type RecommendationView,
} from '#contract'
import { call } from './call'

/** A page of recommendations matching the query (chain, period, status, search, sort). */
export function fetchRecommendations(query: Partial<RecommendationListQuery> = {}): Promise<Paged<Recommendation>> {
  return call(recommendationRoutes.list, { query })
}

/** One recommendation with instructions, forwards and feedback; 404 → ApiError. */
export function fetchRecommendation(id: number): Promise<RecommendationView> {
  return call(recommendationRoutes.get, { params: { id } })
}
