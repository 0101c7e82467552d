import { useListQuery, type ListQuery } from '@/composables/useListQuery'

/** The enterprise list's own URL filters. */
export const ENTERPRISE_FILTERS = {
  segmentId: { kind: 'id' as const },
  anchor: { kind: 'flag' as const },
}
export type EnterpriseListState = ListQuery<typeof ENTERPRISE_FILTERS>

/** URL-bound state of the enterprise list; the period does not narrow a register of firms. */
export function useEnterpriseListQuery(): EnterpriseListState {
  return useListQuery({
    sortFields: ['name', 'county', 'creditCode', 'id'],
    defaultSort: 'name',
    filters: ENTERPRISE_FILTERS,
    usePeriod: false,
  })
}
