import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely'
import type { Outcome, Paged, Visit, VisitListQuery, VisitType } from '#contract'
import type { Database } from '../db/schema'
import { containsText, visitSummaryMatches } from '../db/dialect'
import { groupBy, offsetOf, sortSpecs } from './paging'
import { liveVisit, voidedFields, type VoidedReads } from './voided'

type Eb = ExpressionBuilder<Database, 'visits'>
interface TypeTerm {
  column: 'visits' | 'one_on_one' | 'forums'
  sign: 1 | -1
}

export const SORT_COLUMNS = { date: 'date', id: 'id', type: 'type' }

export function filters(db: Kysely<Database>, q: VisitListQuery) {
  return (eb: Eb) => {
    const conditions: Expression<SqlBool>[] = [liveVisit()]
    if (q.chainId !== undefined) conditions.push(eb('visits.chain_id', '=', q.chainId))
    if (q.from) conditions.push(eb('visits.date', '>=', q.from))
    if (q.to) conditions.push(eb('visits.date', '<=', q.to))
    if (q.type) conditions.push(eb('visits.type', 'in', q.type))
    if (q.county !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('visit_enterprises as vc')
            .select('vc.visit_id')
            .whereRef('vc.visit_id', '=', 'visits.id')
            .where('vc.county', '=', q.county),
        ),
      )
    }
    if (q.enterpriseId !== undefined) {
      // An enterprise attends few visits: list them through the attendance index, not a check per visit.
      conditions.push(
        eb(
          'visits.id',
          'in',
          eb.selectFrom('visit_enterprises as ve').select('ve.visit_id').where('ve.enterprise_id', '=', q.enterpriseId),
        ),
      )
    }
    if (q.q) {
      conditions.push(
        eb.or([
          visitSummaryMatches(db, eb.ref('visits.id'), eb.ref('visits.summary'), q.q),
          containsText(db, eb.ref('visits.code'), q.q),
        ]),
      )
    }
    return eb.and(conditions)
  }
}

export async function hydrate(db: Kysely<Database>, rows: Database['visits'][]): Promise<Visit[]> {
  if (rows.length === 0) return []
  const ids = rows.map(r => r.id)
  const attendance = groupBy(
    await db
      .selectFrom('visit_enterprises')
      .select(['visit_id', 'enterprise_id'])
      .where('visit_id', 'in', ids)
      .orderBy('visit_id')
      .orderBy('position')
      .execute(),
    a => a.visit_id,
  )
  const outcomes = groupBy(
    await db
      .selectFrom('outcomes')
      .selectAll()
      .where('visit_id', 'in', ids)
      .orderBy('visit_id')
      .orderBy('position')
      .execute(),
    o => o.visit_id,
  )
  return rows.map(r => ({
    id: r.id,
    code: r.code,
    type: r.type as VisitType,
    date: r.date,
    chainId: r.chain_id,
    enterpriseIds: (attendance.get(r.id) ?? []).map(a => a.enterprise_id),
    participants: JSON.parse(r.participants_json),
    summary: r.summary,
    outcomes: (outcomes.get(r.id) ?? []).map(o => ({
      id: o.id,
      type: o.type as Outcome['type'],
      enterpriseId: o.enterprise_id,
      amountCny: o.amount_cny,
      description: o.description,
    })),
    bottleneckIds: JSON.parse(r.bottleneck_ids_json),
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    version: r.version,
    ...voidedFields(r),
  }))
}

/**
 * The visit rollups count all visits, one-on-one visits ('visit') and forums ('forum'), so a set of
 * types has an exact count when research and online are both in it or both out (the two together
 * are the rest). The signed columns summing to that count, or undefined.
 */
function typeTerms(types: readonly VisitType[] | undefined): TypeTerm[] | undefined {
  const set = new Set(types ?? [])
  if (set.size === 0) return [{ column: 'visits', sign: 1 }]
  if (set.has('research') !== set.has('online')) return undefined
  // With research and online: all visits less the named types left out; without them: the named types.
  const sign = set.has('research') ? -1 : 1
  const named = (type: VisitType, column: TypeTerm['column']): TypeTerm[] =>
    set.has(type) === (sign === 1) ? [{ column, sign }] : []
  return [
    ...(sign === -1 ? [{ column: 'visits' as const, sign: 1 as const }] : []),
    ...named('visit', 'one_on_one'),
    ...named('forum', 'forums'),
  ]
}

/**
 * The exact total from the daily rollups when the filters are only chain, county, dates and types
 * the rollups tell apart (which they hold exactly: a visit counts once in each county it touches),
 * so the commonest lists never count hundreds of thousands of rows. Undefined for other filters.
 */
async function totalFromRollups(db: Kysely<Database>, q: VisitListQuery): Promise<number | undefined> {
  const terms = typeTerms(q.type)
  if (q.q || q.enterpriseId !== undefined || !terms) return undefined
  const sum = sql.join(
    terms.map(t => sql`${sql.lit(t.sign)} * coalesce(sum(${sql.ref(t.column)}), 0)`),
    sql` + `,
  )
  const row = await db
    .selectFrom(q.county === undefined ? 'visit_day_chain' : 'visit_day_chain_county')
    .select(sum.as('n'))
    .$if(q.chainId !== undefined, qb => qb.where('chain_id', '=', q.chainId!))
    .$if(q.county !== undefined, qb => qb.where(sql.ref('county'), '=', q.county!))
    .$if(q.from !== undefined, qb => qb.where('date', '>=', q.from!))
    .$if(q.to !== undefined, qb => qb.where('date', '<=', q.to!))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * The page's rows. Several types are read as one branch per type, each in the list's order through
 * its (type, date) or (type, id) index and cut at the end of the page, merged by the outer sort:
 * a plain `type in (…)` sorts every matching visit (hundreds of thousands) before skipping to the page.
 */
async function pageRows(db: Kysely<Database>, q: VisitListQuery): Promise<Database['visits'][]> {
  const specs = sortSpecs(q.sort, '-date', SORT_COLUMNS, 'id')
  const offset = offsetOf(q.page, q.pageSize)
  const ordered = (query: SelectQueryBuilder<Database, 'visits', Database['visits']>) => {
    for (const s of specs) query = query.orderBy(s.column as 'id', s.direction)
    return query
  }
  const types = [...new Set(q.type ?? [])]
  if (types.length < 2)
    return ordered(db.selectFrom('visits').selectAll().where(filters(db, q)))
      .limit(q.pageSize)
      .offset(offset)
      .execute()
  const branches = types.map(type =>
    db
      .selectFrom(
        ordered(
          db
            .selectFrom('visits')
            .selectAll()
            .where(filters(db, { ...q, type: [type] })),
        )
          .limit(offset + q.pageSize)
          .as('b'),
      )
      .selectAll(),
  )
  const union = branches.slice(1).reduce((all, branch) => all.unionAll(branch), branches[0]!)
  let merged = db.selectFrom(union.as('u')).selectAll()
  for (const s of specs) merged = merged.orderBy(`u.${s.column}` as 'u.id', s.direction)
  return merged.limit(q.pageSize).offset(offset).execute()
}

/** A page of visits matching the filters, with the exact total. */
export async function listVisits(db: Kysely<Database>, q: VisitListQuery): Promise<Paged<Visit>> {
  const where = filters(db, q)
  const total =
    (await totalFromRollups(db, q)) ??
    Number(
      (
        await db
          .selectFrom('visits')
          .where(where)
          .select(eb => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const rows = await pageRows(db, q)
  return { items: await hydrate(db, rows), total, page: q.page, pageSize: q.pageSize }
}

/** One visit, or undefined; a voided one only with `includeVoided` (an admin's read, or the void itself). */
export async function findVisit(
  db: Kysely<Database>,
  id: number,
  { includeVoided = false }: VoidedReads = {},
): Promise<Visit | undefined> {
  const rows = await db
    .selectFrom('visits')
    .selectAll()
    .where('id', '=', id)
    .$if(!includeVoided, qb => qb.where(liveVisit()))
    .execute()
  return (await hydrate(db, rows))[0]
}
