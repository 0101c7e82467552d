import { BOTTLENECK_CATEGORIES, BOTTLENECK_STATES, WARNING_COLOURS } from '#contract'
import { csvFilter, useListQuery, type ListQuery } from '@/composables/useListQuery'

/** The bottleneck list's own URL filters (beyond the global chain/county/period). */
export const BOTTLENECK_FILTERS = {
  status: csvFilter(BOTTLENECK_STATES),
  category: csvFilter(BOTTLENECK_CATEGORIES),
  warning: csvFilter(WARNING_COLOURS),
  overdue: { kind: 'flag' as const },
  departmentId: { kind: 'id' as const },
  enterpriseId: { kind: 'id' as const },
}
export type BottleneckListState = ListQuery<typeof BOTTLENECK_FILTERS>

/** URL-bound state of the bottleneck list: newest first by default. */
export function useBottleneckListQuery(): BottleneckListState {
  return useListQuery({
    sortFields: ['raisedOn', 'resolveBy', 'id', 'status', 'category'],
    defaultSort: '-raisedOn',
    descendingFirst: ['raisedOn', 'resolveBy', 'id'],
    filters: BOTTLENECK_FILTERS,
  })
}
