/**
 * Satisfaction counts the rating events given in a period (issue 11): reading every rating event
 * per uncached Overview cost ~500 ms at bench scale (1.7M events). Ratings get a rollup per day,
 * chain and county like the other bottleneck cohorts (and its month twin), filled here from the
 * events of live bottlenecks and kept by each write after. The SQL is literal: a migration must not
 * follow later code.
 */
import { sql, type Kysely } from 'kysely'
import { clusteredOnPrimaryKey } from '../dialect'

const COUNTS = ['rated', 'satisfied', 'basically_satisfied'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [unit, dateColumn] of [
    ['day', 'date'],
    ['month', 'month'],
  ] as const) {
    const table = `bottleneck_rated_${unit}`
    let builder = db.schema
      .createTable(table)
      .addColumn(dateColumn, 'text', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('county', 'text', c => c.notNull())
    for (const column of COUNTS) builder = builder.addColumn(column, 'integer', c => c.notNull())
    await clusteredOnPrimaryKey(
      db,
      builder.addPrimaryKeyConstraint(`${table}_pk`, [dateColumn, 'chain_id', 'county'] as never),
    ).execute()
  }
  await sql`insert into bottleneck_rated_day (date, chain_id, county, rated, satisfied, basically_satisfied)
    select substr(e.at, 1, 10), b.chain_id, b.county, count(*),
      sum(case when e.action = 'rate_satisfied' then 1 else 0 end),
      sum(case when e.action = 'rate_basically_satisfied' then 1 else 0 end)
    from bottleneck_events e join bottlenecks b on b.id = e.bottleneck_id
    where b.voided_at is null and e.action in ('rate_satisfied', 'rate_basically_satisfied', 'rate_dissatisfied')
    group by substr(e.at, 1, 10), b.chain_id, b.county`.execute(db)
  await sql`insert into bottleneck_rated_month (month, chain_id, county, rated, satisfied, basically_satisfied)
    select substr(date, 1, 7), chain_id, county, sum(rated), sum(satisfied), sum(basically_satisfied)
    from bottleneck_rated_day group by substr(date, 1, 7), chain_id, county`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bottleneck_rated_month').execute()
  await db.schema.dropTable('bottleneck_rated_day').execute()
}
