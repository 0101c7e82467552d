/**
 * The Trends as the records stood at the end of a past day: visits, forums and orders read as
 * always (dated facts), bottlenecks raised and resolved per month from the records replayed to
 * the day — one resolved in March and reopened after the day still counts in March, as it did then.
 */
import type { Kysely } from 'kysely'
import type { AnalyticsAsOfQuery, Trends } from '#contract'
import type { Database } from '../db/schema'
import { bottlenecksAsOf } from './recordsAsOf'
import { buildTrends } from './trends'

/** The Trends for the query with the bottlenecks as they stood at the end of `day` (a day before today). */
export async function buildTrendsAsOf(db: Kysely<Database>, q: AnalyticsAsOfQuery, day: string): Promise<Trends> {
  const base = await buildTrends(db, q, day)
  const { period } = base
  const bottlenecks = await bottlenecksAsOf(db, day, period.from)
  const raised = new Map<string, number>()
  const resolved = new Map<string, number>()
  const add = (counts: Map<string, number>, date: string) =>
    counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1)
  const inPeriod = (d: string | null): d is string => d !== null && d >= period.from && d <= period.to
  for (const b of bottlenecks) {
    if ((q.chainId !== undefined && b.chainId !== q.chainId) || (q.county !== undefined && b.county !== q.county))
      continue
    if (inPeriod(b.raisedOn)) add(raised, b.raisedOn)
    if ((b.status === 'resolved' || b.status === 'closed') && inPeriod(b.resolvedOn)) add(resolved, b.resolvedOn)
  }
  return {
    period,
    months: base.months.map(m => ({
      ...m,
      bottlenecksRaised: raised.get(m.month) ?? 0,
      bottlenecksResolved: resolved.get(m.month) ?? 0,
    })),
  }
}
