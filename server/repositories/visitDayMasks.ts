/**
 * "Enterprises visited in the period" without a seek per enterprise: enterprise_visit_year holds,
 * per enterprise (chain_id 0) and per chain member, bit masks of the days of a year and of the
 * year before on which it attended a visit (see schema.ts). A period within two calendar years
 * is then one bit test per row of its last year: a row matches when any of its days falls in the
 * period (longer periods read every other year's rows). The masks are sums of distinct powers of
 * two, which equal their bitwise OR. There is no incremental delta: a write that changes an
 * enterprise's visits or memberships recomputes that enterprise's rows (rebuildVisitDayMasks(db, ids)).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Period } from '#contract'
import type { Database } from '../db/schema'
import { daysBetweenSql } from '../db/dialect'
import { ofLiveVisit } from './voided'

/** Bits per mask column: 63 keeps every mask a positive signed 64-bit integer. */
const BITS = 63
const COLUMNS = 6
const slots = Array.from({ length: COLUMNS }, (_, k) => k)

const dayOfYear = (date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000)

/**
 * Recomputes the masks from visit_enterprises (of visits not voided): all of them, or only the given enterprises' (after
 * their visits changed). Members are chain memberships at the time; the masks of a membership
 * must be recomputed when it is added or removed.
 */
export async function rebuildVisitDayMasks(db: Kysely<Database>, enterpriseIds?: readonly number[]): Promise<void> {
  if (enterpriseIds?.length === 0) return
  const only = (column: string) => (enterpriseIds ? sql`and ${sql.ref(column)} in (${sql.join(enterpriseIds)})` : sql``)
  await db
    .deleteFrom('enterprise_visit_year')
    .$if(enterpriseIds !== undefined, qb => qb.where('enterprise_id', 'in', enterpriseIds!))
    .execute()

  // The enterprise's county as it is now, like the scope of computeKpis.
  const days = {
    anyChain: sql`select distinct 0 as chain_id, ve.enterprise_id, e.county, ve.date
      from visit_enterprises ve inner join enterprises e on e.id = ve.enterprise_id where ${ofLiveVisit('ve.visit_id')} ${only('ve.enterprise_id')}`,
    members: sql`select distinct ve.chain_id, ve.enterprise_id, e.county, ve.date
      from visit_enterprises ve inner join enterprises e on e.id = ve.enterprise_id
      where exists (select 1 from enterprise_chains ec where ec.enterprise_id = ve.enterprise_id and ec.chain_id = ve.chain_id)
        and ${ofLiveVisit('ve.visit_id')} ${only('ve.enterprise_id')}`,
  }
  for (const source of [days.anyChain, days.members]) {
    const doy = daysBetweenSql(db, sql`substr(v.date, 1, 4) || '-01-01'`, sql.ref('v.date'))
    // Each visit day sets a bit in its own year's row and in the next year's previous-year masks.
    const placed = sql`select cast(substr(v.date, 1, 4) as integer) as year, v.chain_id, v.enterprise_id, v.county, ${doy} as doy, 0 as prior from (${source}) v
      union all select cast(substr(v.date, 1, 4) as integer) + 1, v.chain_id, v.enterprise_id, v.county, ${doy}, 1 from (${source}) v`
    const mask = (prior: number, k: number) =>
      sql`sum(case when d.prior = ${sql.lit(prior)} and d.doy / ${sql.lit(BITS)} = ${sql.lit(k)} then cast(1 as bigint) << (d.doy % ${sql.lit(BITS)}) else 0 end)`
    await sql`insert into enterprise_visit_year (year, chain_id, county, enterprise_id, d0, d1, d2, d3, d4, d5, p0, p1, p2, p3, p4, p5)
      select d.year, d.chain_id, d.county, d.enterprise_id, ${sql.join([...slots.map(k => mask(0, k)), ...slots.map(k => mask(1, k))])}
      from (${placed}) d group by d.year, d.chain_id, d.county, d.enterprise_id`.execute(db)
  }
}

/** The mask literal with bits lo..hi (inclusive) set. */
function bitRange(lo: number, hi: number): bigint {
  return ((1n << BigInt(hi - lo + 1)) - 1n) << BigInt(lo)
}

/** Tests for days first..last (days of year) in the columns named prefix0..prefix5. */
function daysTest(prefix: 'd' | 'p', first: number, last: number): RawBuilder<boolean>[] {
  const tests: RawBuilder<boolean>[] = []
  for (const k of slots) {
    const lo = Math.max(first, k * BITS)
    const hi = Math.min(last, k * BITS + BITS - 1)
    // Generated digits, not user input: inlined so no driver has to bind a 64-bit integer.
    if (lo <= hi)
      tests.push(
        sql<boolean>`(${sql.ref(`${prefix}${k}`)} & ${sql.raw(bitRange(lo - k * BITS, hi - k * BITS).toString())}) <> 0`,
      )
  }
  return tests
}

/** The days of `year` inside the period, as days of the year; undefined when none are. */
function daysWithin(period: Period, year: number): [first: number, last: number] | undefined {
  const first = `${year}-01-01` > period.from ? `${year}-01-01` : period.from
  const last = `${year}-12-31` < period.to ? `${year}-12-31` : period.to
  return first <= last ? [dayOfYear(first), dayOfYear(last)] : undefined
}

/**
 * Enterprises (chain_id 0) or chain members visited in the period, per chain and county. A row of
 * year Y answers for Y and Y - 1, so a period within two calendar years reads one row per member;
 * a longer one reads the rows of every other year and counts each member once.
 */
export async function visitedByMasks(
  db: Kysely<Database>,
  period: Period,
  members: boolean,
): Promise<{ chainId: number; county: string; n: number }[]> {
  const fromYear = Number(period.from.slice(0, 4))
  const perYear: { year: number; tests: RawBuilder<boolean>[] }[] = []
  for (let year = Number(period.to.slice(0, 4)); year >= fromYear; year -= 2) {
    const own = daysWithin(period, year)
    const before = daysWithin(period, year - 1)
    perYear.push({ year, tests: [...(own ? daysTest('d', ...own) : []), ...(before ? daysTest('p', ...before) : [])] })
  }
  const matches = sql.join(
    perYear.map(y => sql`(year = ${y.year} and (${sql.join(y.tests, sql` or `)}))`),
    sql` or `,
  )
  const rows = await db
    .selectFrom('enterprise_visit_year')
    .select(eb => [
      'chain_id',
      'county',
      (perYear.length === 1 ? eb.fn.countAll<number>() : eb.fn.count<number>('enterprise_id').distinct()).as('n'),
    ])
    .where(
      'year',
      'in',
      perYear.map(y => y.year),
    )
    .where('chain_id', members ? '>' : '=', 0)
    .where(sql<boolean>`(${matches})`)
    .groupBy(['chain_id', 'county'])
    .execute()
  return rows.map(r => ({ chainId: Number(r.chain_id), county: r.county, n: Number(r.n) }))
}
