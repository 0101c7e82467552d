/**
 * Incremental upkeep of the rollups, for writes: a record's contribution is added (+1) when it is
 * created and, on a change, the old version's is taken away (-1) and the new one's added, inside
 * the write's transaction. The contributions mirror the SQL of rebuildRollups exactly (a test
 * checks that adding every record one by one equals a rebuild).
 */
import {
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  countedAmountCny,
  eventDate,
  OPEN_BOTTLENECK_STATES,
  RATING_ACTIONS,
} from '#contract'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Sign = 1 | -1
type Counts = Record<string, number>
interface Contribution {
  table: keyof Database & string
  key: Record<string, string | number>
  counts: Counts
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
const bit = (b: boolean) => (b ? 1 : 0)

/** A rating on a bottleneck's timeline: its instant (China time) and action (rate_…). */
export interface RatingEvent {
  at: string
  action: string
}

/**
 * What one bottleneck row adds to each bottleneck rollup; `ratings`, its rating events, each count
 * once on the day given (a re-rating included), with the bottleneck's chain and county.
 */
export function bottleneckContributions(b: Database['bottlenecks'], ratings: readonly RatingEvent[]): Contribution[] {
  const done = b.status === 'resolved' || b.status === 'closed'
  const where = { chain_id: b.chain_id, county: b.county }
  const out: Contribution[] = [
    {
      table: 'bottleneck_raised_day',
      key: { date: b.raised_on, ...where },
      counts: {
        raised: 1,
        accepted: bit(b.status !== 'submitted' && b.status !== 'rejected'),
        resolved: bit(done),
        solved: bit(done && b.resolution_type === 'solved'),
        partly_solved: bit(done && b.resolution_type === 'partly_solved'),
        planned: bit(done && b.resolution_type === 'planned'),
        explained: bit(done && b.resolution_type === 'explained'),
        open: bit(OPEN_BOTTLENECK_STATES.includes(b.status as never)),
        reopened: bit(b.reopen_count > 0),
        closed_or_reopened: bit(b.status === 'closed' || b.reopen_count > 0),
        rated: bit(b.satisfaction !== null),
        satisfied: bit(b.satisfaction === 'satisfied'),
        basically_satisfied: bit(b.satisfaction === 'basically_satisfied'),
        ...Object.fromEntries(BOTTLENECK_STATES.map(s => [`status_${s}`, bit(b.status === s)])),
        ...Object.fromEntries(BOTTLENECK_CATEGORIES.map(c => [`category_${c}`, bit(b.category === c)])),
      },
    },
  ]
  if (b.resolve_by !== null) {
    out.push({
      table: 'bottleneck_due_day',
      key: { date: b.resolve_by, ...where },
      counts: {
        due: 1,
        on_time: bit(b.resolved_on !== null && b.resolved_on <= b.resolve_by),
        on_time_original: bit(
          b.resolved_on !== null && b.original_resolve_by !== null && b.resolved_on <= b.original_resolve_by,
        ),
      },
    })
  }
  if (b.assigned_on !== null) {
    out.push({
      table: 'bottleneck_assigned_day',
      key: { date: b.assigned_on, ...where },
      counts: {
        assigned: 1,
        ack_in_time: bit(
          b.acknowledged_on !== null && b.acknowledge_by !== null && b.acknowledged_on <= b.acknowledge_by,
        ),
      },
    })
  }
  if (b.resolved_on !== null && done) {
    const days = daysBetween(b.raised_on, b.resolved_on)
    out.push({
      table: 'bottleneck_resolved_day',
      key: { date: b.resolved_on, ...where, days },
      counts: { resolved: 1 },
    })
    out.push({
      table: 'bottleneck_resolved_chain_day',
      key: { date: b.resolved_on, chain_id: b.chain_id, days },
      counts: { resolved: 1 },
    })
  }
  for (const r of ratings) {
    const level = RATING_ACTIONS[r.action]
    if (level === undefined) continue
    out.push({
      table: 'bottleneck_rated_day',
      key: { date: eventDate(r.at), ...where },
      counts: {
        rated: 1,
        satisfied: bit(level === 'satisfied'),
        basically_satisfied: bit(level === 'basically_satisfied'),
      },
    })
  }
  // Each day row has its month twin: the month tables are the day tables summed by 'YYYY-MM'.
  return out.flatMap(({ table, key: { date, ...rest }, counts }) => [
    { table, key: { date: date!, ...rest }, counts },
    {
      table: table.replace(/_day$/, '_month') as Contribution['table'],
      key: { month: String(date).slice(0, 7), ...rest },
      counts,
    },
  ])
}

/** What one visit (with its attendance and outcomes, counties already copied) adds to each visit rollup. */
export function visitContributions(
  v: Pick<Database['visits'], 'date' | 'chain_id' | 'type'>,
  attendance: Pick<Database['visit_enterprises'], 'county'>[],
  outcomes: (Pick<Database['outcomes'], 'type' | 'amount_cny'> & { county: string })[],
): Contribution[] {
  const visitCounts = { visits: 1, one_on_one: bit(v.type === 'visit'), forums: bit(v.type === 'forum') }
  const counties = new Set(attendance.map(a => a.county))
  const outcomeCounts = (list: typeof outcomes) => ({
    orders: list.filter(o => o.type === 'order').length,
    orders_amount: list.reduce((sum, o) => sum + (o.type === 'order' ? countedAmountCny(o.amount_cny) : 0), 0),
    markets: list.filter(o => o.type === 'market').length,
  })
  const out: Contribution[] = [
    { table: 'visit_day_chain', key: { date: v.date, chain_id: v.chain_id }, counts: visitCounts },
    ...[...counties].map(county => ({
      table: 'visit_day_chain_county' as const,
      key: { date: v.date, chain_id: v.chain_id, county },
      counts: visitCounts,
    })),
  ]
  if (outcomes.length > 0)
    out.push({
      table: 'outcome_day_chain',
      key: { date: v.date, chain_id: v.chain_id },
      counts: outcomeCounts(outcomes),
    })
  // An outcome counts toward its enterprise's county only when the visit touched that county.
  for (const county of new Set(outcomes.map(o => o.county))) {
    if (!counties.has(county)) continue
    out.push({
      table: 'outcome_day_chain_county',
      key: { date: v.date, chain_id: v.chain_id, county },
      counts: outcomeCounts(outcomes.filter(o => o.county === county)),
    })
  }
  return out
}

/** Adds (sign 1) or takes away (sign -1) contributions, creating rollup rows as needed. */
export async function applyContributions(
  db: Kysely<Database>,
  contributions: Contribution[],
  sign: Sign,
): Promise<void> {
  for (const c of contributions) {
    const values = { ...c.key, ...Object.fromEntries(Object.entries(c.counts).map(([k, n]) => [k, n * sign])) }
    const updates = Object.fromEntries(
      Object.keys(c.counts).map(k => [k, sql`${sql.ref(`${c.table}.${k}`)} + ${sql.ref(`excluded.${k}`)}`]),
    )
    // The table is only known at run time; the values were built for it above.
    await db
      .insertInto(c.table as 'visit_day_chain')
      .values(values as never)
      .onConflict(oc => oc.columns(Object.keys(c.key) as never).doUpdateSet(updates as never))
      .execute()
  }
}
