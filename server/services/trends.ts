/** Trends: one point per calendar month of the period. */
import { monthsOf, trendsPeriod, type AnalyticsQuery, type Trends } from '#contract'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { monthlySeries } from '../repositories/breakdowns'
import { assertAnalyticsPeriod } from './periods'

/** Builds the Trends for the query, with the period defaulted on the business date `today`. */
export async function buildTrends(db: Kysely<Database>, q: AnalyticsQuery, today: string): Promise<Trends> {
  const period = trendsPeriod(q, today)
  assertAnalyticsPeriod(period)
  const series = await monthlySeries(db, { chainId: q.chainId, county: q.county }, period)
  const empty = { visits: 0, forums: 0, bottlenecksRaised: 0, bottlenecksResolved: 0, ordersAmountCny: 0 }
  return { period, months: monthsOf(period).map(month => ({ month, ...(series.get(month) ?? empty) })) }
}
