/** Every rollup table and the visit-day masks as comparable plain rows, for "incremental equals a rebuild" checks. */
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../server/db/schema'

const ROLLUPS = [
  'visit_day_chain',
  'visit_day_chain_county',
  'outcome_day_chain',
  'outcome_day_chain_county',
  'bottleneck_raised_day',
  'bottleneck_due_day',
  'bottleneck_assigned_day',
  'bottleneck_resolved_day',
  'bottleneck_raised_month',
  'bottleneck_due_month',
  'bottleneck_assigned_month',
  'bottleneck_resolved_month',
  'bottleneck_resolved_chain_day',
  'bottleneck_resolved_chain_month',
  'bottleneck_rated_day',
  'bottleneck_rated_month',
] as const
const KEY_COLUMNS = new Set(['date', 'month', 'chain_id', 'county', 'days'])
const MASKS = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5']

/**
 * Every rollup's rows, sorted, leaving out rows whose counts are all zero (taking a contribution
 * away may leave those behind), amounts rounded to cents; the visit-day masks as text (they
 * exceed 2^53).
 */
export async function rollupSnapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const masks = await sql<
    Record<string, unknown>
  >`select year, chain_id, county, enterprise_id, ${sql.join(MASKS.map(m => sql`cast(${sql.ref(m)} as text) as ${sql.ref(m)}`))}
    from enterprise_visit_year order by year, chain_id, county, enterprise_id`.execute(db)
  const out: Record<string, unknown[]> = { enterprise_visit_year: masks.rows }
  for (const table of ROLLUPS) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[]
    out[table] = rows
      .filter(r => Object.entries(r).some(([k, v]) => !KEY_COLUMNS.has(k) && v !== 0))
      .map(r =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v,
          ]),
        ),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  return out
}
