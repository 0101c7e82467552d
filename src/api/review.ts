import { analyticsRoutes, type YearReview } from '#contract'
import { call } from './call'

/**
 * The year in review for `year` and the chains selected (none: every chain): totals, per chain
 * and per month. The selection travels as one comma list (chainId=1,2), which the API accepts
 * like the repeated form.
 */
export function fetchYearReview(year: number, chainIds: readonly number[]): Promise<YearReview> {
  return call(analyticsRoutes.yearReview, { query: { year, chainId: [...chainIds] } })
}
