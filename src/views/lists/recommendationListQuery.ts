import { RECOMMENDATION_STATES } from '#contract'
import { csvFilter, useListQuery, type ListQuery } from '@/composables/useListQuery'

/** The recommendation list's own URL filters. */
export const RECOMMENDATION_FILTERS = { status: csvFilter(RECOMMENDATION_STATES) }
export type RecommendationListState = ListQuery<typeof RECOMMENDATION_FILTERS>

/** URL-bound state of the recommendation list: newest first by default. */
export function useRecommendationListQuery(): RecommendationListState {
  return useListQuery({
    sortFields: ['createdOn', 'submittedOn', 'id', 'status', 'statusSince'],
    defaultSort: '-createdOn',
    descendingFirst: ['createdOn', 'submittedOn', 'id'],
    filters: RECOMMENDATION_FILTERS,
  })
}
