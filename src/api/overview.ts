import { overview, trends, type AnalyticsQuery, type Overview, type Trends } from '#contract'
import { getJson } from './http'

/** Every KPI for the period and filters, the previous period's, and the breakdowns the Overview draws. */
export function fetchOverview(params: Partial<AnalyticsQuery>): Promise<Overview> {
  return getJson('/api/overview', overview, params)
}

/** Monthly series (visits, forums, bottlenecks raised/resolved, orders) for the period and filters. */
export function fetchTrends(params: Partial<AnalyticsQuery>): Promise<Trends> {
  return getJson('/api/trends', trends, params)
}
