/**
 * The days-to-resolve histogram per chain without the county split, per day and per month: the
 * Overview's total and per-chain medians read it (a quarter to a half of the rows of the per-county
 * tables), so the histogram no longer dominates an uncached Overview. Filled from the per-county
 * tables, whose sums over county they are. And a covering index for visits grouped by county.
 */
import { sql, type Kysely } from 'kysely'
import { clusteredOnPrimaryKey } from '../dialect'

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [unit, dateColumn] of [
    ['day', 'date'],
    ['month', 'month'],
  ] as const) {
    const table = `bottleneck_resolved_chain_${unit}`
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable(table)
        .addColumn(dateColumn, 'text', c => c.notNull())
        .addColumn('chain_id', 'integer', c => c.notNull())
        .addColumn('days', 'integer', c => c.notNull())
        .addColumn('resolved', 'integer', c => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, [dateColumn, 'chain_id', 'days']),
    ).execute()
    await sql`insert into ${sql.table(table)} (${sql.ref(dateColumn)}, chain_id, days, resolved)
      select ${sql.ref(dateColumn)}, chain_id, days, sum(resolved) from ${sql.table(`bottleneck_resolved_${unit}`)}
      group by ${sql.ref(dateColumn)}, chain_id, days`.execute(db)
  }
  // Visits per county over a period as one range per county, already in county order: no sort.
  await db.schema
    .createIndex('visit_day_chain_county_by_county_date')
    .on('visit_day_chain_county')
    .columns(['county', 'date', 'visits', 'one_on_one', 'forums'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('visit_day_chain_county_by_county_date').execute()
  await db.schema.dropTable('bottleneck_resolved_chain_day').execute()
  await db.schema.dropTable('bottleneck_resolved_chain_month').execute()
}
