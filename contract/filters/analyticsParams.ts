import type { CountyCode } from '../reference'
import { resolvePeriod } from './filterPeriods'
import type { FilterState } from './filterQuery'

/** The query parameters of the analytics endpoints (/api/overview, /api/trends) for some filters. */
export interface AnalyticsParams {
  chainId?: number
  county?: CountyCode
  from: string
  to: string
}

/** The analytics query for a filter state, with the period resolved as of `today` (China date). */
export function analyticsParams(state: FilterState, today: string): AnalyticsParams {
  return {
    ...(state.chainId !== undefined ? { chainId: state.chainId } : {}),
    ...(state.county !== undefined ? { county: state.county } : {}),
    ...resolvePeriod(state.periodKey, today, state),
  }
}

/**
 * The query string (with its `?`, or '' when empty) of analytics parameters: how the Overview's
 * prefetch and the server's boot data (server/plugins/bootData.ts) ask GET /api/overview.
 */
export function analyticsSearch(params: Partial<AnalyticsParams>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined)
  const text = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()
  return text ? `?${text}` : ''
}
