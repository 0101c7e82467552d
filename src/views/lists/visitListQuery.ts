import { VISIT_TYPES } from '#contract'
import { csvFilter, useListQuery, type ListQuery } from '@/composables/useListQuery'

/** The visit list's own URL filters. */
export const VISIT_FILTERS = {
  type: csvFilter(VISIT_TYPES),
  enterpriseId: { kind: 'id' as const },
}
export type VisitListState = ListQuery<typeof VISIT_FILTERS>

/** URL-bound state of the visit list: most recent first by default. */
export function useVisitListQuery(): VisitListState {
  return useListQuery({
    sortFields: ['date', 'id', 'type'],
    defaultSort: '-date',
    descendingFirst: ['date', 'id'],
    filters: VISIT_FILTERS,
  })
}
