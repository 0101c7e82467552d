/**
 * Bottleneck cohorts rolled up per cohort day, chain and county: raised (by current state), due
 * (by deadline in force), assigned, and resolved (with days-to-resolve, for the median). Each
 * column counts exactly what computeKpis counts for that cohort, so sums over a period equal it.
 */
import { sql, type Kysely } from 'kysely'
import { BOTTLENECK_CATEGORIES, BOTTLENECK_STATES, OPEN_BOTTLENECK_STATES, RATING_ACTIONS } from '#contract'
import type { Database } from '../db/schema'
import { daysBetweenSql } from '../db/dialect'
import { liveBottleneck } from './voided'
import type { RatingEvent } from './rollupDeltas'

const inList = (values: readonly string[]) => sql.join(values.map(v => sql.lit(v)))
const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`
const DONE = sql`status in ('resolved', 'closed')`

/** The raised rollup's KPI counts. */
export const RAISED_COUNTS = [
  'raised',
  'accepted',
  'resolved',
  'solved',
  'partly_solved',
  'planned',
  'explained',
  'open',
  'reopened',
  'closed_or_reopened',
  'rated',
  'satisfied',
  'basically_satisfied',
] as const
/** The raised rollup's breakdown columns: bottlenecks raised by current status and by category. */
export const RAISED_BREAKDOWNS = [
  ...BOTTLENECK_STATES.map(s => `status_${s}` as const),
  ...BOTTLENECK_CATEGORIES.map(c => `category_${c}` as const),
] as const
const RAISED_COLUMNS = [...RAISED_COUNTS, ...RAISED_BREAKDOWNS] as const

/** Each cohort's rollup tables (bottleneck_<name>_day and _month), key columns beyond date, chain and county, and counts. */
export const COHORTS = [
  { name: 'raised', keys: [], counts: RAISED_COLUMNS },
  { name: 'due', keys: [], counts: ['due', 'on_time', 'on_time_original'] },
  { name: 'assigned', keys: [], counts: ['assigned', 'ack_in_time'] },
  { name: 'resolved', keys: ['days'], counts: ['resolved'] },
  { name: 'rated', keys: [], counts: ['rated', 'satisfied', 'basically_satisfied'] },
] as const

/** The timeline actions that are a rating (contract RATING_ACTIONS), as SQL literals. */
const RATINGS = inList(Object.keys(RATING_ACTIONS))
const ratedAs = (level: string) =>
  inList(
    Object.entries(RATING_ACTIONS)
      .filter(([, l]) => l === level)
      .map(([a]) => a),
  )

/** A bottleneck's rating events (its rated-rollup contribution), oldest first; none for a new bottleneck. */
export async function storedRatings(db: Kysely<Database>, bottleneckId: number): Promise<RatingEvent[]> {
  return db
    .selectFrom('bottleneck_events')
    .select(['at', 'action'])
    .where('bottleneck_id', '=', bottleneckId)
    .where(sql<boolean>`action in (${RATINGS})`)
    .orderBy('id')
    .execute()
}

/** Recomputes the bottleneck rollups from the bottlenecks table (after bulk loads). */
export async function rebuildBottleneckRollups(db: Kysely<Database>): Promise<void> {
  for (const cohort of COHORTS) {
    await db.deleteFrom(`bottleneck_${cohort.name}_day`).execute()
    await db.deleteFrom(`bottleneck_${cohort.name}_month`).execute()
  }
  await db.deleteFrom('bottleneck_resolved_chain_day').execute()
  await db.deleteFrom('bottleneck_resolved_chain_month').execute()

  await db
    .insertInto('bottleneck_raised_day')
    .columns(['date', 'chain_id', 'county', ...RAISED_COLUMNS])
    .expression(
      db
        .selectFrom('bottlenecks')
        .where(liveBottleneck())
        .select(eb => [
          'raised_on',
          'chain_id',
          'county',
          eb.fn.countAll<number>().as('raised'),
          countIf(sql`status not in ('submitted', 'rejected')`).as('accepted'),
          countIf(DONE).as('resolved'),
          countIf(sql`${DONE} and resolution_type = 'solved'`).as('solved'),
          countIf(sql`${DONE} and resolution_type = 'partly_solved'`).as('partly_solved'),
          countIf(sql`${DONE} and resolution_type = 'planned'`).as('planned'),
          countIf(sql`${DONE} and resolution_type = 'explained'`).as('explained'),
          countIf(sql`status in (${inList(OPEN_BOTTLENECK_STATES)})`).as('open'),
          countIf(sql`reopen_count > 0`).as('reopened'),
          countIf(sql`status = 'closed' or reopen_count > 0`).as('closed_or_reopened'),
          countIf(sql`satisfaction is not null`).as('rated'),
          countIf(sql`satisfaction = 'satisfied'`).as('satisfied'),
          countIf(sql`satisfaction = 'basically_satisfied'`).as('basically_satisfied'),
          ...BOTTLENECK_STATES.map(s => countIf(sql`status = ${sql.lit(s)}`).as(`status_${s}`)),
          ...BOTTLENECK_CATEGORIES.map(c => countIf(sql`category = ${sql.lit(c)}`).as(`category_${c}`)),
        ])
        .groupBy(['raised_on', 'chain_id', 'county']),
    )
    .execute()

  await db
    .insertInto('bottleneck_due_day')
    .columns(['date', 'chain_id', 'county', 'due', 'on_time', 'on_time_original'])
    .expression(
      db
        .selectFrom('bottlenecks')
        .where(liveBottleneck())
        .where('resolve_by', 'is not', null)
        .select(eb => [
          'resolve_by',
          'chain_id',
          'county',
          eb.fn.countAll<number>().as('due'),
          countIf(sql`resolved_on is not null and resolved_on <= resolve_by`).as('on_time'),
          countIf(
            sql`resolved_on is not null and original_resolve_by is not null and resolved_on <= original_resolve_by`,
          ).as('on_time_original'),
        ])
        .groupBy(['resolve_by', 'chain_id', 'county']),
    )
    .execute()

  await db
    .insertInto('bottleneck_assigned_day')
    .columns(['date', 'chain_id', 'county', 'assigned', 'ack_in_time'])
    .expression(
      db
        .selectFrom('bottlenecks')
        .where(liveBottleneck())
        .where('assigned_on', 'is not', null)
        .select(eb => [
          'assigned_on',
          'chain_id',
          'county',
          eb.fn.countAll<number>().as('assigned'),
          countIf(
            sql`acknowledged_on is not null and acknowledge_by is not null and acknowledged_on <= acknowledge_by`,
          ).as('ack_in_time'),
        ])
        .groupBy(['assigned_on', 'chain_id', 'county']),
    )
    .execute()

  await sql`insert into bottleneck_rated_day (date, chain_id, county, rated, satisfied, basically_satisfied)
    select substr(e.at, 1, 10), b.chain_id, b.county, count(*),
      ${countIf(sql`e.action in (${ratedAs('satisfied')})`)}, ${countIf(sql`e.action in (${ratedAs('basically_satisfied')})`)}
    from bottleneck_events e join bottlenecks b on b.id = e.bottleneck_id
    where b.voided_at is null and e.action in (${RATINGS})
    group by substr(e.at, 1, 10), b.chain_id, b.county`.execute(db)

  const days = daysBetweenSql(db, sql.ref('raised_on'), sql.ref('resolved_on'))
  await db
    .insertInto('bottleneck_resolved_day')
    .columns(['date', 'chain_id', 'county', 'days', 'resolved'])
    .expression(
      db
        .selectFrom('bottlenecks')
        .where(liveBottleneck())
        .where('resolved_on', 'is not', null)
        .where('status', 'in', ['resolved', 'closed'])
        .select(eb => ['resolved_on', 'chain_id', 'county', days.as('days'), eb.fn.countAll<number>().as('resolved')])
        .groupBy(['resolved_on', 'chain_id', 'county', days]),
    )
    .execute()

  // The month tables are the day tables summed by 'YYYY-MM'.
  for (const { name, keys, counts } of COHORTS) {
    await sql`insert into ${sql.table(`bottleneck_${name}_month`)} (month, chain_id, county, ${sql.join([...keys, ...counts].map(c => sql.ref(c)))})
      select substr(date, 1, 7), chain_id, county, ${sql.join([...keys.map(c => sql.ref(c)), ...counts.map(c => sql`sum(${sql.ref(c)})`)])}
      from ${sql.table(`bottleneck_${name}_day`)} group by substr(date, 1, 7), chain_id, county${sql.join(
        keys.map(c => sql`, ${sql.ref(c)}`),
        sql``,
      )}`.execute(db)
  }

  // The histogram summed over counties, for the Overview's unscoped medians (a quarter to a half of the rows).
  for (const [unit, dateColumn] of [
    ['day', 'date'],
    ['month', 'month'],
  ] as const) {
    await sql`insert into ${sql.table(`bottleneck_resolved_chain_${unit}`)} (${sql.ref(dateColumn)}, chain_id, days, resolved)
      select ${sql.ref(dateColumn)}, chain_id, days, sum(resolved) from ${sql.table(`bottleneck_resolved_${unit}`)}
      group by ${sql.ref(dateColumn)}, chain_id, days`.execute(db)
  }
}
