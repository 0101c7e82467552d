import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { chinaToday } from '#contract'
import { parseChainIds, parseYear, reviewQueryOf, type ReviewFilters } from './reviewQuery'

/**
 * The review's year and chains, read from and written to the URL (replace, not push: changing a
 * filter is not a new page in the history). The year defaults to the current one in China time.
 */
export function useReviewQuery(): {
  filters: ComputedRef<ReviewFilters>
  currentYear: number
  update: (next: Partial<ReviewFilters>) => void
} {
  const route = useRoute()
  const router = useRouter()
  const currentYear = Number(chinaToday().slice(0, 4))
  const filters = computed<ReviewFilters>(() => ({
    year: parseYear(route.query.year) ?? currentYear,
    chainIds: parseChainIds(route.query.chains),
  }))
  function update(next: Partial<ReviewFilters>): void {
    void router.replace({ query: reviewQueryOf({ ...filters.value, ...next }) })
  }
  return { filters, currentYear, update }
}
