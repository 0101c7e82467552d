/**
 * The daily rollups behind the Overview, Trends and visit-list totals: visits and outcomes per day
 * and chain, and per day, chain and county (bottleneck cohorts: see bottleneckRollups.ts). They hold exactly what computeKpis counts (see schema.ts), so sums over
 * them equal the KPI over the base tables.
 */
import { sql, type Kysely } from 'kysely'
import { MAX_ORDER_AMOUNT_CNY } from '#contract'
import type { Database } from '../db/schema'
import { rebuildBottleneckRollups } from './bottleneckRollups'
import { rebuildVisitDayMasks } from './visitDayMasks'
import { liveVisit } from './voided'

const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

/**
 * What an outcome adds to orders_amount: contract countedAmountCny in SQL — an order's amount when
 * it lies in 0..MAX_ORDER_AMOUNT_CNY, else nothing (NaN cannot be stored; ±Infinity and absurd
 * rows fail the range). rollupDeltas.ts applies the contract function to the same rows.
 */
const countedAmountSql = sql<number>`sum(case when o.type = 'order' and o.amount_cny between 0 and ${sql.lit(MAX_ORDER_AMOUNT_CNY)} then o.amount_cny else 0 end)`

/** Recomputes every rollup, visits', bottlenecks' and the visit-day masks, from the base tables (after bulk loads). */
export async function rebuildRollups(db: Kysely<Database>): Promise<void> {
  for (const table of [
    'visit_day_chain',
    'visit_day_chain_county',
    'outcome_day_chain',
    'outcome_day_chain_county',
  ] as const) {
    await db.deleteFrom(table).execute()
  }

  await db
    .insertInto('visit_day_chain')
    .columns(['date', 'chain_id', 'visits', 'one_on_one', 'forums'])
    .expression(
      db
        .selectFrom('visits')
        .select(eb => [
          'date',
          'chain_id',
          eb.fn.countAll<number>().as('visits'),
          countIf(sql`type = 'visit'`).as('one_on_one'),
          countIf(sql`type = 'forum'`).as('forums'),
        ])
        .where(liveVisit())
        .groupBy(['date', 'chain_id']),
    )
    .execute()

  // A visit counts once in each county one of its enterprises is in.
  await db
    .insertInto('visit_day_chain_county')
    .columns(['date', 'chain_id', 'county', 'visits', 'one_on_one', 'forums'])
    .expression(
      db
        .selectFrom('visits as v')
        .innerJoin(
          db.selectFrom('visit_enterprises').select(['visit_id', 'county']).distinct().as('vc'),
          'vc.visit_id',
          'v.id',
        )
        .select(eb => [
          'v.date',
          'v.chain_id',
          'vc.county',
          eb.fn.countAll<number>().as('visits'),
          countIf(sql`v.type = 'visit'`).as('one_on_one'),
          countIf(sql`v.type = 'forum'`).as('forums'),
        ])
        .where(liveVisit('v'))
        .groupBy(['v.date', 'v.chain_id', 'vc.county']),
    )
    .execute()

  await db
    .insertInto('outcome_day_chain')
    .columns(['date', 'chain_id', 'orders', 'orders_amount', 'markets'])
    .expression(
      db
        .selectFrom('outcomes as o')
        .innerJoin('visits as v', 'v.id', 'o.visit_id')
        .select([
          'v.date',
          'v.chain_id',
          countIf(sql`o.type = 'order'`).as('orders'),
          countedAmountSql.as('orders_amount'),
          countIf(sql`o.type = 'market'`).as('markets'),
        ])
        .where(liveVisit('v'))
        .groupBy(['v.date', 'v.chain_id']),
    )
    .execute()

  // computeKpis credits an outcome to a county only when the visit also touched that county.
  await db
    .insertInto('outcome_day_chain_county')
    .columns(['date', 'chain_id', 'county', 'orders', 'orders_amount', 'markets'])
    .expression(
      db
        .selectFrom('outcomes as o')
        .innerJoin('visits as v', 'v.id', 'o.visit_id')
        .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
        .where(eb =>
          eb.exists(
            eb
              .selectFrom('visit_enterprises as ve')
              .select('ve.visit_id')
              .whereRef('ve.visit_id', '=', 'o.visit_id')
              .whereRef('ve.county', '=', 'e.county'),
          ),
        )
        .select([
          'v.date',
          'v.chain_id',
          'e.county',
          countIf(sql`o.type = 'order'`).as('orders'),
          countedAmountSql.as('orders_amount'),
          countIf(sql`o.type = 'market'`).as('markets'),
        ])
        .where(liveVisit('v'))
        .groupBy(['v.date', 'v.chain_id', 'e.county']),
    )
    .execute()

  await rebuildBottleneckRollups(db)
  await rebuildVisitDayMasks(db)
}
