/**
 * Exact totals of bottleneck lists from the raised rollup instead of counting the base table: it
 * counts the bottlenecks of each raised day (and month), chain and county by current status and by
 * category, so a list filtered by nothing else is a sum over at most a few thousand rollup rows.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { BottleneckListQuery } from '#contract'
import type { Database } from '../db/schema'
import { splitPeriod } from './periodParts'

/** Query fields the raised rollup answers exactly; any other filter needs the base table. */
const ROLLUP_FIELDS = new Set(['page', 'pageSize', 'sort', 'chainId', 'county', 'from', 'to', 'status', 'category'])
/** Bounds standing in for an open end of the period (dates are compared as text). */
const EARLIEST = '0001-01-01'
const LATEST = '9998-12-31'

/** The rollup columns whose sum is the total: raised, or one column per distinct status or category. */
function countColumns(q: BottleneckListQuery): string[] | undefined {
  if (q.status && q.category) return undefined
  if (q.status) return [...new Set(q.status)].map(s => `status_${s}`)
  if (q.category) return [...new Set(q.category)].map(c => `category_${c}`)
  return ['raised']
}

/**
 * The list's exact total from the raised rollup, or undefined when a filter other than chain,
 * county, raised dates and either status or category is present (or both of those are).
 */
export async function bottleneckTotalFromRollups(
  db: Kysely<Database>,
  q: BottleneckListQuery,
): Promise<number | undefined> {
  const filtered = Object.entries(q).some(
    ([field, value]) => !ROLLUP_FIELDS.has(field) && value !== undefined && value !== '',
  )
  const columns = countColumns(q)
  if (filtered || !columns) return undefined

  const total = sql.join(
    columns.map(c => sql`coalesce(sum(${sql.ref(c)}), 0)`),
    sql` + `,
  )
  const scope = [
    ...(q.chainId === undefined ? [] : [sql`chain_id = ${q.chainId}`]),
    ...(q.county === undefined ? [] : [sql`county = ${q.county}`]),
  ]
  const read = async (table: string, range: RawBuilder<unknown>[]) => {
    const conditions = [...range, ...scope]
    const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``
    const { rows } = await sql<{ n: number | string }>`select ${total} as n from ${sql.table(table)} ${where}`.execute(
      db,
    )
    return Number(rows[0]?.n ?? 0)
  }

  if (!q.from && !q.to) return read('bottleneck_raised_month', [])
  const parts = splitPeriod({ from: q.from || EARLIEST, to: q.to || LATEST })
  let sum = 0
  if (parts.months)
    sum += await read('bottleneck_raised_month', [sql`month >= ${parts.months.from}`, sql`month <= ${parts.months.to}`])
  if (parts.days.length > 0) {
    sum += await read('bottleneck_raised_day', [
      sql`(${sql.join(
        parts.days.map(d => sql`(date >= ${d.from} and date <= ${d.to})`),
        sql` or `,
      )})`,
    ])
  }
  return sum
}
