/**
 * The counts behind every KPI of contract/kpi.ts, each function mirroring one cohort of
 * computeKpis; services/kpis.ts turns them into rates. Each can answer for one scope (key 'all')
 * or for every chain or every county at once. Bottleneck cohorts, enterprises visited and
 * enterprise counts are read once per period as (chain, county) cells and summed here for any
 * scope and grouping; with a FactsMemo the Overview's total, chains and counties share one read.
 * Visit and outcome counts come from the daily rollups; bottleneck cohorts from the monthly and
 * daily rollups (whole months, edge days); enterprises visited from the visit-day masks
 * (visitDayMasks.ts); overdue (which depends on the day judged) from the open-items index.
 */
import { sql, type Kysely } from 'kysely'
import { dueWindow, OPEN_BOTTLENECK_STATES, type CountyCode, type Period } from '#contract'
import type { Database } from '../db/schema'
import { visitedByMasks } from './visitDayMasks'
import { splitPeriod } from './periodParts'
import { RAISED_BREAKDOWNS, RAISED_COUNTS } from './bottleneckRollups'
import { liveBottleneck, liveRecommendation } from './voided'

export interface Scope {
  chainId?: number
  county?: CountyCode
}
/** Answer per chain or per county instead of for the scope as a whole. */
export type GroupBy = 'chain' | 'county' | undefined
/** Results by chain id or county code; 'all' when not grouped. Missing keys mean zero. */
export type Grouped<T> = Map<number | string, T>

const ALL = 'all'
const num = (v: unknown) => Number(v ?? 0)
const inList = (values: readonly string[]) => sql.join(values.map(v => sql.lit(v)))
const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

/** The grouping key as a select expression: the column, or the constant 'all'. */
function keyOf(group: GroupBy, chainColumn: string, countyColumn: string) {
  if (group === 'chain') return sql<number | string>`${sql.ref(chainColumn)}`
  if (group === 'county') return sql<number | string>`${sql.ref(countyColumn)}`
  return sql<number | string>`${sql.lit(ALL)}`
}

function keyed<R extends { key: number | string }, T>(rows: R[], map: (row: R) => T): Grouped<T> {
  return new Map(rows.map(r => [r.key, map(r)]))
}

/**
 * One request's memo of cell queries. The Overview asks the same period for the scope, per chain
 * and per county; every one of those answers is a sum over the same (chain, county) cells, so the
 * cells are read once per period and the groupings are summed here instead of in another pass.
 */
export type FactsMemo = Map<string, Promise<unknown>>

function memoized<T>(memo: FactsMemo | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!memo) return load()
  let hit = memo.get(key) as Promise<T> | undefined
  if (!hit) memo.set(key, (hit = load()))
  return hit
}

/** A row of counts for one chain and county. */
type Cell<F extends string> = Record<F, number> & { chainId: number; county: string }

/** Sums the cells inside the scope under the group's key (chain id, county, or 'all'). */
function sumCells<F extends string>(
  cells: readonly Cell<F>[],
  scope: Scope,
  group: GroupBy,
  fields: readonly F[],
): Grouped<Record<F, number>> {
  const out: Grouped<Record<F, number>> = new Map()
  for (const cell of cells) {
    if (scope.chainId !== undefined && cell.chainId !== scope.chainId) continue
    if (scope.county !== undefined && cell.county !== scope.county) continue
    const key = group === 'chain' ? cell.chainId : group === 'county' ? cell.county : ALL
    let sum = out.get(key)
    if (!sum) out.set(key, (sum = Object.fromEntries(fields.map(f => [f, 0])) as Record<F, number>))
    for (const f of fields) sum[f] += cell[f]
  }
  return out
}

/** Visits, one-on-one visits and forums dated in the period (a visit touching the county counts once). */
export async function visitCounts(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const byCounty = scope.county !== undefined || group === 'county'
  const rows = await db
    .selectFrom(byCounty ? 'visit_day_chain_county' : 'visit_day_chain')
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>('visits').as('visits'),
      eb.fn.sum<number>('one_on_one').as('oneOnOne'),
      eb.fn.sum<number>('forums').as('forums'),
    ])
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    // Every county is listed, so this narrows nothing; it lets SQLite read the (county, date) index
    // one county's range at a time, in county order, instead of sorting the period's rows.
    .$if(group === 'county' && scope.county === undefined, qb =>
      qb.where(sql<boolean>`county in (select code from counties)`),
    )
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ visits: num(r.visits), oneOnOneVisits: num(r.oneOnOne), forums: num(r.forums) }))
}

/** Orders won (count, CNY) and markets opened on visits dated in the period. */
export async function outcomeTotals(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const byCounty = scope.county !== undefined || group === 'county'
  const rows = await db
    .selectFrom(byCounty ? 'outcome_day_chain_county' : 'outcome_day_chain')
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>('orders').as('orders'),
      eb.fn.sum<number>('orders_amount').as('amount'),
      eb.fn.sum<number>('markets').as('markets'),
    ])
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ ordersWon: num(r.orders), ordersAmountCny: num(r.amount), marketsOpened: num(r.markets) }))
}

/** Members of each chain that attended one of the chain's visits in the period, per chain and county (visit-day masks). */
function membersVisitedCells(db: Kysely<Database>, period: Period, memo?: FactsMemo) {
  return memoized(memo, `membersVisited|${period.from}|${period.to}`, () => visitedByMasks(db, period, true))
}

/** Enterprises that attended any visit in the period, per county (visit-day masks; chain id 0). */
function enterprisesVisitedCells(db: Kysely<Database>, period: Period, memo?: FactsMemo) {
  return memoized(memo, `enterprisesVisited|${period.from}|${period.to}`, () => visitedByMasks(db, period, false))
}

/**
 * Enterprises in scope (members of the chain, in the county) that attended a scoped visit in the
 * period: per membership when a chain is involved, else per enterprise (any chain's visit counts).
 */
export async function enterprisesVisited(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  group?: GroupBy,
  memo?: FactsMemo,
): Promise<Grouped<number>> {
  const byMembership = scope.chainId !== undefined || group === 'chain'
  const cells = await (byMembership ? membersVisitedCells(db, period, memo) : enterprisesVisitedCells(db, period, memo))
  return new Map([...sumCells(cells, scope, group, ['n'])].map(([key, sum]) => [key, sum.n]))
}

/** Enterprises per county, and members per chain and county. */
function enterpriseCountCells(db: Kysely<Database>, byMembership: boolean, memo?: FactsMemo) {
  return memoized(memo, `enterprisesTotal|${byMembership}`, async () => {
    if (byMembership) {
      const rows = await db
        .selectFrom('enterprise_chains')
        .select(eb => ['chain_id', 'county', eb.fn.countAll<number>().as('n')])
        .groupBy(['chain_id', 'county'])
        .execute()
      return rows.map(r => ({ chainId: num(r.chain_id), county: r.county, n: num(r.n) }))
    }
    const rows = await db
      .selectFrom('enterprises')
      .select(eb => ['county', eb.fn.countAll<number>().as('n')])
      .groupBy('county')
      .execute()
    return rows.map(r => ({ chainId: 0, county: r.county, n: num(r.n) }))
  })
}

/** Enterprises in scope: members of the chain and located in the county. */
export async function enterprisesTotal(
  db: Kysely<Database>,
  scope: Scope,
  group?: GroupBy,
  memo?: FactsMemo,
): Promise<Grouped<number>> {
  const cells = await enterpriseCountCells(db, scope.chainId !== undefined || group === 'chain', memo)
  return new Map([...sumCells(cells, scope, group, ['n'])].map(([key, sum]) => [key, sum.n]))
}

/** A rollup pair bottleneck_<cohort>_day / _month; resolved_chain is resolved summed over counties. */
type Cohort = 'raised' | 'due' | 'assigned' | 'resolved' | 'resolved_chain' | 'rated'

/**
 * A bottleneck cohort's counts summed over the period, grouped by `groups`: whole months from
 * bottleneck_<cohort>_month, the edge days from bottleneck_<cohort>_day. A group can appear once
 * from each part; callers add them up.
 */
async function cohortSums(
  db: Kysely<Database>,
  cohort: Cohort,
  period: Period,
  groups: readonly string[],
  counts: readonly string[],
  where: Scope = {},
) {
  const parts = splitPeriod(period)
  const select = sql.join([
    ...groups.map(c => sql.ref(c)),
    ...counts.map(c => sql`sum(${sql.ref(c)}) as ${sql.ref(c)}`),
  ])
  const scoped = [
    ...(where.chainId === undefined ? [] : [sql`chain_id = ${where.chainId}`]),
    ...(where.county === undefined ? [] : [sql`county = ${where.county}`]),
  ]
  const read = async (table: string, range: ReturnType<typeof sql>) =>
    (
      await sql<Record<string, unknown>>`select ${select} from ${sql.table(table)}
    where ${sql.join([range, ...scoped], sql` and `)} group by ${sql.join(groups.map(c => sql.ref(c)))}`.execute(db)
    ).rows
  const rows: Record<string, unknown>[] = []
  if (parts.months)
    rows.push(
      ...(await read(`bottleneck_${cohort}_month`, sql`month >= ${parts.months.from} and month <= ${parts.months.to}`)),
    )
  if (parts.days.length > 0) {
    rows.push(
      ...(await read(
        `bottleneck_${cohort}_day`,
        sql`(${sql.join(
          parts.days.map(d => sql`(date >= ${d.from} and date <= ${d.to})`),
          sql` or `,
        )})`,
      )),
    )
  }
  return rows
}

/** A bottleneck cohort's sums per chain and county over the period. */
function rollupCells<C extends string>(
  db: Kysely<Database>,
  cohort: Cohort,
  columns: readonly C[],
  period: Period,
  memo?: FactsMemo,
) {
  return memoized(memo, `${cohort}|${period.from}|${period.to}`, async () => {
    const rows = await cohortSums(db, cohort, period, ['chain_id', 'county'], columns)
    return rows.map(
      r =>
        ({
          chainId: num(r.chain_id),
          county: String(r.county),
          ...Object.fromEntries(columns.map(c => [c, num(r[c])])),
        }) as Cell<C>,
    )
  })
}

export interface RaisedFacts {
  raised: number
  accepted: number
  resolved: number
  resolvedByType: { solved: number; partly_solved: number; planned: number; explained: number }
  open: number
  overdue: number
  reopened: number
  closedOrReopened: number
  rated: number
  satisfied: number
  basicallySatisfied: number
}

const RAISED_COLUMNS = [...RAISED_COUNTS, ...RAISED_BREAKDOWNS]

/** The raised cohort's counts (and breakdowns) per chain and county, for the period. */
export function raisedCells(db: Kysely<Database>, period: Period, memo?: FactsMemo) {
  return rollupCells(db, 'raised', RAISED_COLUMNS, period, memo)
}

/**
 * The items open at the end of `asOf` (whenever raised; contract openOnDay) and, of them, those past
 * their deadline in force, per chain and county. Counted from the base table, since both depend on
 * the day judged.
 */
function openOnDayCells(db: Kysely<Database>, asOf: string, memo?: FactsMemo) {
  return memoized(memo, `openOnDay|${asOf}`, async () => {
    // Two disjoint reads, each through its own index, instead of one OR that scans the table: the
    // items open now (the partial index over open items) and those resolved only after the day —
    // their ids from the (resolved_on, raised_on) index (migration 016), as a subquery so the
    // planner cannot trade it for a skip-scan of the table.
    const count = (where: ReturnType<typeof sql<boolean>>) =>
      db
        .selectFrom('bottlenecks')
        .select(eb => [
          'chain_id',
          'county',
          eb.fn.countAll<number>().as('open'),
          countIf(sql`resolve_by is not null and resolve_by < ${asOf}`).as('overdue'),
        ])
        .where(where)
        .where(liveBottleneck())
        .where('raised_on', '<=', asOf)
        .groupBy(['chain_id', 'county'])
        .execute()
    const [openNow, resolvedSince] = await Promise.all([
      count(sql<boolean>`status in (${inList(OPEN_BOTTLENECK_STATES)})`),
      count(
        sql<boolean>`id in (select id from bottlenecks where resolved_on > ${asOf} and raised_on <= ${asOf}) and status not in (${inList([...OPEN_BOTTLENECK_STATES, 'rejected'])})`,
      ),
    ])
    return [...openNow, ...resolvedSince].map(r => ({
      chainId: num(r.chain_id),
      county: r.county,
      open: num(r.open),
      overdue: num(r.overdue),
    }))
  })
}

/**
 * The rating events dated in `window` (contract ratingsIn: each event once, a re-rating included),
 * per chain and county of their bottleneck, from the rated rollup (migration 014); none when there
 * is no window (a period after asOf).
 */
async function ratingCells(db: Kysely<Database>, window: Period | null, memo?: FactsMemo) {
  if (window === null) return []
  const cells = await rollupCells(db, 'rated', ['rated', 'satisfied', 'basically_satisfied'] as const, window, memo)
  return cells.map(({ basically_satisfied: basicallySatisfied, ...rest }) => ({ ...rest, basicallySatisfied }))
}

const ZERO_RAISED = {
  raised: 0,
  accepted: 0,
  resolved: 0,
  solved: 0,
  partly_solved: 0,
  planned: 0,
  explained: 0,
  reopened: 0,
  closed_or_reopened: 0,
}

/**
 * Counts over the bottlenecks raised in the period (their current state), the items open on
 * `asOf` and those overdue on it, and the ratings given in the period up to `asOf`.
 */
export async function raisedFacts(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  asOf: string,
  group?: GroupBy,
  memo?: FactsMemo,
): Promise<Grouped<RaisedFacts>> {
  const [cells, openCells, ratings] = await Promise.all([
    raisedCells(db, period, memo),
    openOnDayCells(db, asOf, memo),
    ratingCells(db, dueWindow(period, asOf), memo),
  ])
  const sums = sumCells(cells, scope, group, RAISED_COUNTS)
  const open = sumCells(openCells, scope, group, ['open', 'overdue'])
  const rated = sumCells(ratings, scope, group, ['rated', 'satisfied', 'basicallySatisfied'])
  const keys = new Set([...sums.keys(), ...open.keys(), ...rated.keys()])
  return new Map(
    [...keys].map(key => {
      const n = { ...ZERO_RAISED, ...sums.get(key) }
      const o = open.get(key) ?? { open: 0, overdue: 0 }
      const r = rated.get(key) ?? { rated: 0, satisfied: 0, basicallySatisfied: 0 }
      return [
        key,
        {
          raised: n.raised,
          accepted: n.accepted,
          resolved: n.resolved,
          resolvedByType: {
            solved: n.solved,
            partly_solved: n.partly_solved,
            planned: n.planned,
            explained: n.explained,
          },
          open: o.open,
          overdue: o.overdue,
          reopened: n.reopened,
          closedOrReopened: n.closed_or_reopened,
          rated: r.rated,
          satisfied: r.satisfied,
          basicallySatisfied: r.basicallySatisfied,
        },
      ]
    }),
  )
}

/**
 * Bottlenecks whose deadline in force falls in the period and has passed by `asOf` (contract
 * dueWindow), and those resolved by it (and by the original).
 */
export async function dueFacts(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  asOf: string,
  group?: GroupBy,
  memo?: FactsMemo,
) {
  const window = dueWindow(period, asOf)
  const cells =
    window === null ? [] : await rollupCells(db, 'due', ['due', 'on_time', 'on_time_original'], window, memo)
  const sums = sumCells(cells, scope, group, ['due', 'on_time', 'on_time_original'])
  return new Map(
    [...sums].map(([key, n]) => [key, { due: n.due, onTime: n.on_time, onTimeOriginal: n.on_time_original }]),
  )
}

/** Bottlenecks assigned in the period, and those acknowledged within the limit. */
export async function assignedFacts(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  group?: GroupBy,
  memo?: FactsMemo,
) {
  const cells = await rollupCells(db, 'assigned', ['assigned', 'ack_in_time'], period, memo)
  const sums = sumCells(cells, scope, group, ['assigned', 'ack_in_time'])
  return new Map([...sums].map(([key, n]) => [key, { assigned: n.assigned, acknowledgedInTime: n.ack_in_time }]))
}

export interface DaysBin {
  days: number
  count: number
}

/**
 * Days from raise to resolve of those resolved in the period (still resolved or closed), as
 * histograms. Read per chain within the county scope (or per county within the chain scope when
 * grouping by county), so the scope's histogram and every chain's come from one pass.
 */
export async function daysToResolveHistogram(
  db: Kysely<Database>,
  scope: Scope,
  period: Period,
  group?: GroupBy,
  memo?: FactsMemo,
): Promise<Grouped<DaysBin[]>> {
  const byCounty = group === 'county'
  const fixed = byCounty ? { chainId: scope.chainId } : { county: scope.county }
  const rows = await memoized(
    memo,
    `resolved|${period.from}|${period.to}|${byCounty ? 'county' : 'chain'}|${fixed.chainId ?? ''}|${fixed.county ?? ''}`,
    async () => {
      // Per chain over every county (the Overview's usual case) reads the tables without the county split.
      const cohort = !byCounty && fixed.county === undefined ? 'resolved_chain' : 'resolved'
      const found = await cohortSums(
        db,
        cohort,
        period,
        [byCounty ? 'county' : 'chain_id', 'days'],
        ['resolved'],
        fixed,
      )
      return found.map(r => ({
        part: byCounty ? String(r.county) : num(r.chain_id),
        days: num(r.days),
        count: num(r.resolved),
      }))
    },
  )
  // The other half of the scope narrows the parts read: a chain when split by county, or the reverse.
  const narrowTo = byCounty ? scope.county : scope.chainId
  const counts = new Map<number | string, Map<number, number>>()
  for (const r of rows) {
    if (narrowTo !== undefined && r.part !== narrowTo) continue
    const key = group === undefined ? ALL : r.part
    const bins = counts.get(key) ?? new Map<number, number>()
    bins.set(r.days, (bins.get(r.days) ?? 0) + r.count)
    counts.set(key, bins)
  }
  return new Map(
    [...counts].map(([key, bins]) => [
      key,
      [...bins].sort((a, b) => a[0] - b[0]).map(([days, count]) => ({ days, count })),
    ]),
  )
}

export interface RecommendationFacts {
  submitted: number
  instructed: number
  forwarded: number
  implemented: number
  forwardedImplemented: number
}

/** Recommendation steps dated in the period, for the chain's recommendations (all when no chain), or per chain. */
export async function recommendationFacts(
  db: Kysely<Database>,
  chainId: number | undefined,
  period: Period,
  group?: 'chain',
): Promise<Grouped<RecommendationFacts>> {
  const within = (column: string) =>
    sql`${sql.ref(`r.${column}`)} >= ${period.from} and ${sql.ref(`r.${column}`)} <= ${period.to}`
  const rows = await db
    .selectFrom('recommendations as r')
    .where(liveRecommendation('r'))
    .$if(group === 'chain', qb =>
      qb.innerJoin('recommendation_chains as rc', 'rc.recommendation_id', 'r.id').groupBy('rc.chain_id'),
    )
    .$if(chainId !== undefined, qb =>
      qb.where(eb =>
        eb.exists(
          eb
            .selectFrom('recommendation_chains as sc')
            .select('sc.recommendation_id')
            .whereRef('sc.recommendation_id', '=', 'r.id')
            .where('sc.chain_id', '=', chainId!),
        ),
      ),
    )
    .select([
      (group === 'chain' ? sql<number | string>`${sql.ref('rc.chain_id')}` : sql<number | string>`${sql.lit(ALL)}`).as(
        'key',
      ),
      countIf(within('submitted_on')).as('submitted'),
      countIf(within('first_instructed_on')).as('instructed'),
      countIf(within('forwarded_on')).as('forwarded'),
      countIf(within('implemented_on')).as('implemented'),
      countIf(sql`${within('forwarded_on')} and r.status = 'implemented'`).as('forwardedImplemented'),
    ])
    .execute()
  return keyed(rows, r => ({
    submitted: num(r.submitted),
    instructed: num(r.instructed),
    forwarded: num(r.forwarded),
    implemented: num(r.implemented),
    forwardedImplemented: num(r.forwardedImplemented),
  }))
}
