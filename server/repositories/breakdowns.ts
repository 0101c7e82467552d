/** Status and category breakdowns of the Overview, and the monthly series of Trends. */
import { sql, type Kysely } from 'kysely'
import type { Period } from '#contract'
import type { Database } from '../db/schema'
import { raisedCells, type FactsMemo, type Scope } from './kpiFacts'
import { RAISED_BREAKDOWNS } from './bottleneckRollups'
import { liveRecommendation } from './voided'

const num = (v: unknown) => Number(v ?? 0)
const month = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`

/**
 * Bottlenecks raised in the period in scope, counted by current status and by category. Read from
 * the raised rollup's breakdown columns (the same cells as the raised KPIs), not the base table.
 */
export async function bottlenecksRaisedBreakdown(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  memo?: FactsMemo,
): Promise<{ byStatus: Map<string, number>; byCategory: Map<string, number> }> {
  const byStatus = new Map<string, number>()
  const byCategory = new Map<string, number>()
  for (const cell of await raisedCells(db, period, memo)) {
    if (scope.chainId !== undefined && cell.chainId !== scope.chainId) continue
    if (scope.county !== undefined && cell.county !== scope.county) continue
    for (const column of RAISED_BREAKDOWNS) {
      const [counts, key] = column.startsWith('status_')
        ? [byStatus, column.slice('status_'.length)]
        : [byCategory, column.slice('category_'.length)]
      counts.set(key, (counts.get(key) ?? 0) + cell[column])
    }
  }
  return { byStatus, byCategory }
}

/** Recommendations of the chain (all when none) created in the period, by current status. */
export async function recommendationsCreatedByStatus(
  db: Kysely<Database>,
  chainId: number | undefined,
  period: Period,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('recommendations')
    .select(eb => ['status', eb.fn.countAll<number>().as('n')])
    .where('created_on', '>=', period.from)
    .where('created_on', '<=', period.to)
    .where(liveRecommendation())
    .$if(chainId !== undefined, qb =>
      qb.where(eb =>
        eb.exists(
          eb
            .selectFrom('recommendation_chains as rc')
            .select('rc.recommendation_id')
            .whereRef('rc.recommendation_id', '=', 'recommendations.id')
            .where('rc.chain_id', '=', chainId!),
        ),
      ),
    )
    .groupBy('status')
    .execute()
  return new Map(rows.map(r => [r.status, num(r.n)]))
}

export interface MonthCounts {
  visits: number
  forums: number
  bottlenecksRaised: number
  bottlenecksResolved: number
  ordersAmountCny: number
}

/** The Trends series: per 'YYYY-MM', visits and forums and orders by visit date, bottlenecks raised and resolved. */
export async function monthlySeries(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
): Promise<Map<string, MonthCounts>> {
  const series = new Map<string, MonthCounts>()
  const at = (m: string) => {
    let point = series.get(m)
    if (!point)
      series.set(
        m,
        (point = { visits: 0, forums: 0, bottlenecksRaised: 0, bottlenecksResolved: 0, ordersAmountCny: 0 }),
      )
    return point
  }
  const visitTable = scope.county === undefined ? 'visit_day_chain' : 'visit_day_chain_county'
  const visits = await db
    .selectFrom(visitTable)
    .select(eb => [
      month('date').as('month'),
      eb.fn.sum<number>('visits').as('visits'),
      eb.fn.sum<number>('forums').as('forums'),
    ])
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    .groupBy(month('date'))
    .execute()
  for (const r of visits) Object.assign(at(r.month), { visits: num(r.visits), forums: num(r.forums) })

  const outcomeTable = scope.county === undefined ? 'outcome_day_chain' : 'outcome_day_chain_county'
  const orders = await db
    .selectFrom(outcomeTable)
    .select(eb => [month('date').as('month'), eb.fn.sum<number>('orders_amount').as('amount')])
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    .groupBy(month('date'))
    .execute()
  for (const r of orders) at(r.month).ordersAmountCny = num(r.amount)

  // Raised and resolved come from the bottleneck rollups, which hold exactly these cohorts.
  for (const [table, column, field] of [
    ['bottleneck_raised_day', 'raised', 'bottlenecksRaised'],
    ['bottleneck_resolved_day', 'resolved', 'bottlenecksResolved'],
  ] as const) {
    const rows = await db
      .selectFrom(table as 'bottleneck_raised_day')
      .select(eb => [month('date').as('month'), eb.fn.sum<number>(sql.ref(column)).as('n')])
      .where('date', '>=', period.from)
      .where('date', '<=', period.to)
      .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
      .$if(scope.county !== undefined, qb => qb.where('county', '=', scope.county!))
      .groupBy(month('date'))
      .execute()
    for (const r of rows) at(r.month)[field] = num(r.n)
  }
  return series
}
