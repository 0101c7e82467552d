import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import {
  DEADLINE_STATES,
  OPEN_BOTTLENECK_STATES,
  type Bottleneck,
  type BottleneckDetail,
  type BottleneckListQuery,
  type Paged,
  type WarningColour,
} from '#contract'
import type { Database } from '../db/schema'
import { containsText } from '../db/dialect'
import { groupBy, offsetOf, sortSpecs } from './paging'
import { bottleneckTotalFromRollups } from './bottleneckTotals'
import { liveBottleneck, voidedFields, type VoidedReads } from './voided'

type Eb = ExpressionBuilder<Database, 'bottlenecks'>
type Row = Database['bottlenecks'] & { warning: string }

export const SORT_COLUMNS = {
  raisedOn: 'raised_on',
  resolveBy: 'resolve_by',
  id: 'id',
  status: 'status',
  category: 'category',
}
export const NULLABLE_SORT_COLUMNS = new Set(['resolve_by'])

const inList = (values: readonly string[]) => sql.join(values.map(v => sql.lit(v)))

/**
 * The contract's computeWarning as SQL, with `today` the only parameter: red past the resolve
 * deadline in force, yellow for a late (or overdue) acknowledgement or an extension, blue from the
 * stored approaching_on day; only assigned, unresolved items warn.
 */
export function warningSql(today: string): RawBuilder<WarningColour> {
  return sql<WarningColour>`case
    when bottlenecks.status not in (${inList(DEADLINE_STATES)}) or bottlenecks.resolve_by is null or bottlenecks.assigned_on is null then 'none'
    when ${today} > bottlenecks.resolve_by then 'red'
    when (bottlenecks.acknowledge_by is not null and (
           (bottlenecks.acknowledged_on is not null and bottlenecks.acknowledged_on > bottlenecks.acknowledge_by)
        or (bottlenecks.acknowledged_on is null and ${today} > bottlenecks.acknowledge_by)))
      or bottlenecks.extended = 1 then 'yellow'
    when ${today} >= bottlenecks.approaching_on then 'blue'
    else 'none' end`
}

/** Open and past the resolve deadline in force, judged on `day` (the KPI's overdue). */
export function overdueSql(day: string): RawBuilder<boolean> {
  return sql<boolean>`(bottlenecks.status in (${inList(OPEN_BOTTLENECK_STATES)}) and bottlenecks.resolve_by is not null and bottlenecks.resolve_by < ${day})`
}

export function filters(db: Kysely<Database>, q: BottleneckListQuery, today: string) {
  return (eb: Eb) => {
    const conditions: Expression<SqlBool>[] = [liveBottleneck()]
    if (q.chainId !== undefined) conditions.push(eb('bottlenecks.chain_id', '=', q.chainId))
    if (q.county !== undefined) conditions.push(eb('bottlenecks.county', '=', q.county))
    if (q.from) conditions.push(eb('bottlenecks.raised_on', '>=', q.from))
    if (q.to) conditions.push(eb('bottlenecks.raised_on', '<=', q.to))
    if (q.status) conditions.push(eb('bottlenecks.status', 'in', q.status))
    if (q.category) conditions.push(eb('bottlenecks.category', 'in', q.category))
    if (q.warning) {
      // Only items with a running deadline can be coloured: say so in indexable form first.
      if (!q.warning.includes('none')) conditions.push(eb('bottlenecks.status', 'in', DEADLINE_STATES))
      conditions.push(eb(warningSql(today), 'in', q.warning))
    }
    if (q.overdue === true) {
      // Overdue items are a few of the open ones: find them through the partial index over open items.
      conditions.push(
        eb(
          'bottlenecks.id',
          'in',
          eb
            .selectFrom('bottlenecks as o')
            .select('o.id')
            .where(sql<boolean>`o.status in (${inList(OPEN_BOTTLENECK_STATES)})`)
            .where('o.resolve_by', '<', today),
        ),
      )
    }
    if (q.overdue === false) conditions.push(eb.not(overdueSql(today)))
    if (q.enterpriseId !== undefined) conditions.push(eb('bottlenecks.enterprise_id', '=', q.enterpriseId))
    if (q.departmentId !== undefined) {
      conditions.push(
        eb.or([
          eb('bottlenecks.lead_department_id', '=', q.departmentId),
          eb.exists(
            eb
              .selectFrom('bottleneck_co_departments as cd')
              .select('cd.bottleneck_id')
              .whereRef('cd.bottleneck_id', '=', 'bottlenecks.id')
              .where('cd.department_id', '=', q.departmentId),
          ),
        ]),
      )
    }
    if (q.q) {
      conditions.push(
        eb.or([
          containsText(db, eb.ref('bottlenecks.title'), q.q),
          containsText(db, eb.ref('bottlenecks.description'), q.q),
          containsText(db, eb.ref('bottlenecks.code'), q.q),
        ]),
      )
    }
    return eb.and(conditions)
  }
}

export async function hydrate(db: Kysely<Database>, rows: Row[]): Promise<Bottleneck[]> {
  if (rows.length === 0) return []
  const co = groupBy(
    await db
      .selectFrom('bottleneck_co_departments')
      .select(['bottleneck_id', 'department_id'])
      .where(
        'bottleneck_id',
        'in',
        rows.map(r => r.id),
      )
      .orderBy('bottleneck_id')
      .orderBy('position')
      .execute(),
    c => c.bottleneck_id,
  )
  return rows.map(r => ({
    id: r.id,
    code: r.code,
    chainId: r.chain_id,
    enterpriseId: r.enterprise_id,
    county: r.county as Bottleneck['county'],
    visitId: r.visit_id,
    category: r.category as Bottleneck['category'],
    title: r.title,
    description: r.description,
    status: r.status as Bottleneck['status'],
    leadDepartmentId: r.lead_department_id,
    coDepartmentIds: (co.get(r.id) ?? []).map(c => c.department_id),
    assignedVia: r.assigned_via as Bottleneck['assignedVia'],
    coordination: r.coordination === 1,
    raisedAt: r.raised_at,
    raisedOn: r.raised_on,
    assignedOn: r.assigned_on,
    acknowledgeBy: r.acknowledge_by,
    acknowledgedOn: r.acknowledged_on,
    resolveBy: r.resolve_by,
    originalResolveBy: r.original_resolve_by,
    extensionPending: r.extension_pending === 1,
    extended: r.extended === 1,
    resolvedOn: r.resolved_on,
    closedOn: r.closed_on,
    resolutionType: r.resolution_type as Bottleneck['resolutionType'],
    satisfaction: r.satisfaction as Bottleneck['satisfaction'],
    reopenCount: r.reopen_count,
    warning: r.warning as WarningColour,
    version: r.version,
    ...voidedFields(r),
  }))
}

/** Counts the rows matching the filters and, when given, one more condition. */
async function countRows(
  db: Kysely<Database>,
  q: BottleneckListQuery,
  today: string,
  also?: (eb: Eb) => ReturnType<Eb['and']>,
): Promise<number> {
  const where = filters(db, q, today)
  const row = await db
    .selectFrom('bottlenecks')
    .where(eb => (also ? eb.and([where(eb), also(eb)]) : where(eb)))
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Counts the matching rows. A department's items are those it leads plus those it co-handles
 * under another lead, counted apart through their two indexes: one OR over both would test every
 * bottleneck.
 */
async function countMatching(db: Kysely<Database>, q: BottleneckListQuery, today: string): Promise<number> {
  const department = q.departmentId
  if (department === undefined) return countRows(db, q, today)
  const rest = { ...q, departmentId: undefined }
  const [led, coHandled] = await Promise.all([
    countRows(db, rest, today, eb => eb.and([eb('bottlenecks.lead_department_id', '=', department)])),
    countRows(db, rest, today, eb =>
      eb.and([
        eb.or([
          eb('bottlenecks.lead_department_id', 'is', null),
          eb('bottlenecks.lead_department_id', '<>', department),
        ]),
        eb(
          'bottlenecks.id',
          'in',
          eb
            .selectFrom('bottleneck_co_departments as cd')
            .select('cd.bottleneck_id')
            .where('cd.department_id', '=', department),
        ),
      ]),
    ),
  ])
  return led + coHandled
}

/**
 * The exact total: from the raised rollup where it answers the filters; "not overdue" as all
 * minus the few overdue ones (counted through the partial index over open items), so it never
 * counts the quarter-million others one by one; else by counting the matching rows.
 */
async function listTotal(db: Kysely<Database>, q: BottleneckListQuery, today: string): Promise<number> {
  const fromRollups = await bottleneckTotalFromRollups(db, q)
  if (fromRollups !== undefined) return fromRollups
  if (q.overdue === false) {
    const all = await bottleneckTotalFromRollups(db, { ...q, overdue: undefined })
    if (all !== undefined) return all - (await countMatching(db, { ...q, overdue: true }, today))
  }
  return countMatching(db, q, today)
}

/** A page of bottlenecks (warning computed for `today`), with the exact total. */
export async function listBottlenecks(
  db: Kysely<Database>,
  q: BottleneckListQuery,
  today: string,
): Promise<Paged<Bottleneck>> {
  const where = filters(db, q, today)
  const total = await listTotal(db, q, today)
  let query = db.selectFrom('bottlenecks').selectAll().select(warningSql(today).as('warning')).where(where)
  for (const s of sortSpecs(q.sort, '-raisedOn', SORT_COLUMNS, 'id')) {
    query = NULLABLE_SORT_COLUMNS.has(s.column)
      ? query.orderBy(`bottlenecks.${s.column}` as 'bottlenecks.id', ob =>
          (s.direction === 'asc' ? ob.asc() : ob.desc()).nullsLast(),
        )
      : query.orderBy(`bottlenecks.${s.column}` as 'bottlenecks.id', s.direction)
  }
  const rows = await query.limit(q.pageSize).offset(offsetOf(q.page, q.pageSize)).execute()
  return { items: await hydrate(db, rows), total, page: q.page, pageSize: q.pageSize }
}

/** Every bottleneck's id and warning for `today` (tests compare it with computeWarning). */
export async function listWarnings(
  db: Kysely<Database>,
  today: string,
): Promise<{ id: number; warning: WarningColour }[]> {
  return db
    .selectFrom('bottlenecks')
    .select(['id', warningSql(today).as('warning')])
    .where(liveBottleneck())
    .orderBy('id')
    .execute()
}

/** One bottleneck with its timeline (oldest event first), or undefined; a voided one only with `includeVoided`. */
export async function findBottleneck(
  db: Kysely<Database>,
  id: number,
  today: string,
  { includeVoided = false }: VoidedReads = {},
): Promise<BottleneckDetail | undefined> {
  const rows = await db
    .selectFrom('bottlenecks')
    .selectAll()
    .select(warningSql(today).as('warning'))
    .where('id', '=', id)
    .$if(!includeVoided, qb => qb.where(liveBottleneck()))
    .execute()
  const [item] = await hydrate(db, rows)
  if (!item) return undefined
  const events = await db
    .selectFrom('bottleneck_events')
    .selectAll()
    .where('bottleneck_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute()
  return {
    ...item,
    events: events.map(e => ({
      id: e.id,
      action: e.action,
      fromStatus: e.from_status as BottleneckDetail['status'] | null,
      toStatus: e.to_status as BottleneckDetail['status'],
      at: e.at,
      actorId: e.actor_id,
      actorName: e.actor_name,
      comment: e.comment,
      data: JSON.parse(e.data_json),
    })),
  }
}

/**
 * Which bottlenecks a queue looks at: statuses, and the chains or the department (lead or co) they
 * belong to; or, for the admin's queue of orphans, those whose chain has no active leader or whose
 * lead department (in a status where only it acts) has no active staff.
 */
export interface BottleneckQueueScope {
  statuses: readonly string[]
  chainIds?: readonly number[]
  departmentId?: number
  orphans?: {
    ledChainIds: readonly number[]
    staffedDepartmentIds: readonly number[]
    departmentStatuses: readonly string[]
  }
}

/**
 * A slice of the bottlenecks in `scope`, most urgent first (red, yellow, blue, none as of
 * `today`), then oldest raised: the queue's candidates, read page by page until it is full.
 */
export async function listQueueCandidates(
  db: Kysely<Database>,
  scope: BottleneckQueueScope,
  today: string,
  offset: number,
  limit: number,
): Promise<Bottleneck[]> {
  if (scope.statuses.length === 0 || scope.chainIds?.length === 0) return []
  const warning = warningSql(today)
  const rows = await db
    .selectFrom('bottlenecks')
    .selectAll()
    .select(warning.as('warning'))
    .where('status', 'in', scope.statuses)
    .where(liveBottleneck())
    .$if(scope.chainIds !== undefined, qb => qb.where('chain_id', 'in', scope.chainIds!))
    .$if(scope.departmentId !== undefined, qb =>
      qb.where(eb =>
        eb.or([
          eb('lead_department_id', '=', scope.departmentId!),
          eb(
            'id',
            'in',
            eb
              .selectFrom('bottleneck_co_departments')
              .select('bottleneck_id')
              .where('department_id', '=', scope.departmentId!),
          ),
        ]),
      ),
    )
    .$if(scope.orphans !== undefined, qb =>
      qb.where(eb => {
        const { ledChainIds, staffedDepartmentIds, departmentStatuses } = scope.orphans!
        const unled = ledChainIds.length ? eb('chain_id', 'not in', ledChainIds) : eb.lit(true)
        if (departmentStatuses.length === 0) return unled
        const unstaffed = staffedDepartmentIds.length
          ? eb('lead_department_id', 'not in', staffedDepartmentIds)
          : eb.lit(true)
        return eb.or([unled, eb.and([eb('status', 'in', departmentStatuses), unstaffed])])
      }),
    )
    .orderBy(sql`case ${warning} when 'red' then 0 when 'yellow' then 1 when 'blue' then 2 else 3 end`)
    .orderBy('raised_at')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute()
  return hydrate(db, rows)
}
