import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  analyticsParams,
  chinaToday,
  FILTER_QUERY_KEYS,
  filterStateToQuery,
  parseFilterQuery,
  resolvePeriod,
  type AnalyticsParams,
  type CountyCode,
  type DateRange,
  type FilterState,
  type PeriodKey,
} from '#contract'

export type { PeriodKey } from '#contract'
export { PERIOD_KEYS } from '#contract'

/** A change to the global filters; null clears a filter. */
export interface FilterPatch {
  chainId?: number | null
  county?: CountyCode | null
  periodKey?: PeriodKey
  from?: string
  to?: string
}

export type { AnalyticsParams } from '#contract'

export interface Filters {
  chainId: ComputedRef<number | undefined>
  county: ComputedRef<CountyCode | undefined>
  periodKey: ComputedRef<PeriodKey>
  period: ComputedRef<DateRange>
  apiParams: ComputedRef<AnalyticsParams>
  routeQuery: ComputedRef<Record<string, string>>
  update: (patch: FilterPatch) => void
}

/** Page-local query keys dropped when a global filter changes: a new filter starts at page 1. */
const RESET_ON_CHANGE = ['page']

/**
 * The global filters (chain, county, period), kept in the URL query so a reload or a shared
 * link restores them. `routeQuery` is the filter part of the query, to carry into links.
 */
export function useFilters(): Filters {
  const route = useRoute()
  const router = useRouter()

  const state = computed<FilterState>(() => parseFilterQuery(route.query))
  const period = computed(() => resolvePeriod(state.value.periodKey, chinaToday(), state.value))

  function update(patch: FilterPatch): void {
    const next: FilterState = { ...state.value }
    if (patch.chainId !== undefined) next.chainId = patch.chainId ?? undefined
    if (patch.county !== undefined) next.county = patch.county ?? undefined
    if (patch.periodKey !== undefined) next.periodKey = patch.periodKey
    if (next.periodKey === 'custom') {
      next.from = patch.from ?? next.from ?? period.value.from
      next.to = patch.to ?? next.to ?? period.value.to
    }
    const pageQuery = Object.fromEntries(
      Object.entries(route.query).filter(
        ([k]) => !(FILTER_QUERY_KEYS as readonly string[]).includes(k) && !RESET_ON_CHANGE.includes(k),
      ),
    )
    void router.replace({ query: { ...pageQuery, ...filterStateToQuery(next) } })
  }

  return {
    chainId: computed(() => state.value.chainId),
    county: computed(() => state.value.county),
    periodKey: computed(() => state.value.periodKey),
    period,
    apiParams: computed(() => analyticsParams(state.value, chinaToday())),
    routeQuery: computed(() => filterStateToQuery(state.value)),
    update,
  }
}
