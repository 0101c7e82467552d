/**
 * The review's filters in the URL (?year=2026&chains=1,2), so a reload or a shared link opens the
 * same report. Pure parsing here; useReviewQuery.ts binds it to the router.
 */
import { YEAR_REVIEW_MAX_YEAR, YEAR_REVIEW_MIN_YEAR } from '#contract'

export interface ReviewFilters {
  year: number
  chainIds: number[]
}

type QueryValue = string | null | (string | null)[] | undefined
const first = (v: QueryValue) => (Array.isArray(v) ? v[0] : v) ?? undefined

/** The year in the query, when it is one the API accepts. */
export function parseYear(value: QueryValue): number | undefined {
  const raw = first(value)
  if (!raw || !/^\d{4}$/.test(raw)) return undefined
  const year = Number(raw)
  return year >= YEAR_REVIEW_MIN_YEAR && year <= YEAR_REVIEW_MAX_YEAR ? year : undefined
}

/** The chain ids in the query (a comma list), sorted, without repeats or anything that is not an id. */
export function parseChainIds(value: QueryValue): number[] {
  const raw = first(value)
  if (!raw) return []
  const ids = raw
    .split(',')
    .filter(s => /^\d+$/.test(s))
    .map(Number)
    .filter(n => n > 0)
  return [...new Set(ids)].sort((a, b) => a - b)
}

/** The query parameters for the filters (no `chains` when every chain is meant). */
export function reviewQueryOf(filters: ReviewFilters): Record<string, string> {
  return filters.chainIds.length > 0
    ? { year: String(filters.year), chains: filters.chainIds.join(',') }
    : { year: String(filters.year) }
}

/** The years offered: the last `count` years up to the current one, newest first. */
export function yearChoices(currentYear: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => currentYear - i).filter(y => y >= YEAR_REVIEW_MIN_YEAR)
}
