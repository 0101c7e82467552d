import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely'
import type { Paged, Recommendation, RecommendationDetail, RecommendationListQuery } from '#contract'
import type { Database } from '../db/schema'
import { containsText } from '../db/dialect'
import { groupBy, offsetOf, sortSpecs } from './paging'
import { liveRecommendation, voidedFields, type VoidedReads } from './voided'

type Eb = ExpressionBuilder<Database, 'recommendations'>

export const SORT_COLUMNS = {
  createdOn: 'created_on',
  submittedOn: 'submitted_on',
  id: 'id',
  status: 'status',
  statusSince: 'status_since',
}
export const NULLABLE_SORT_COLUMNS = new Set(['submitted_on'])

export function filters(db: Kysely<Database>, q: RecommendationListQuery) {
  return (eb: Eb) => {
    const conditions: Expression<SqlBool>[] = [liveRecommendation()]
    // Recommendations have no county: the county filter does not apply to them.
    if (q.chainId !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('recommendation_chains as rc')
            .select('rc.recommendation_id')
            .whereRef('rc.recommendation_id', '=', 'recommendations.id')
            .where('rc.chain_id', '=', q.chainId),
        ),
      )
    }
    if (q.from) conditions.push(eb('recommendations.created_on', '>=', q.from))
    if (q.to) conditions.push(eb('recommendations.created_on', '<=', q.to))
    if (q.status) conditions.push(eb('recommendations.status', 'in', q.status))
    if (q.q)
      conditions.push(
        eb.or([
          containsText(db, eb.ref('recommendations.title'), q.q),
          containsText(db, eb.ref('recommendations.code'), q.q),
        ]),
      )
    return eb.and(conditions)
  }
}

export async function hydrate(db: Kysely<Database>, rows: Database['recommendations'][]): Promise<Recommendation[]> {
  if (rows.length === 0) return []
  const ids = rows.map(r => r.id)
  const chains = groupBy(
    await db
      .selectFrom('recommendation_chains')
      .select(['recommendation_id', 'chain_id'])
      .where('recommendation_id', 'in', ids)
      .orderBy('recommendation_id')
      .orderBy('position')
      .execute(),
    c => c.recommendation_id,
  )
  const basis = groupBy(
    await db
      .selectFrom('recommendation_basis')
      .selectAll()
      .where('recommendation_id', 'in', ids)
      .orderBy('recommendation_id')
      .orderBy('kind')
      .orderBy('position')
      .execute(),
    b => b.recommendation_id,
  )
  return rows.map(r => {
    const refs = basis.get(r.id) ?? []
    return {
      id: r.id,
      code: r.code,
      title: r.title,
      body: r.body,
      chainIds: (chains.get(r.id) ?? []).map(c => c.chain_id),
      basis: {
        visitIds: refs.filter(b => b.kind === 'visit').map(b => b.ref_id),
        bottleneckIds: refs.filter(b => b.kind === 'bottleneck').map(b => b.ref_id),
        research: r.research,
      },
      submittedTo: r.submitted_to as Recommendation['submittedTo'],
      status: r.status as Recommendation['status'],
      createdBy: r.created_by,
      createdOn: r.created_on,
      submittedOn: r.submitted_on,
      firstInstructedOn: r.first_instructed_on,
      forwardedOn: r.forwarded_on,
      implementingOn: r.implementing_on,
      implementedOn: r.implemented_on,
      notAdoptedOn: r.not_adopted_on,
      notAdoptedReason: r.not_adopted_reason,
      statusSince: r.status_since,
      version: r.version,
      ...voidedFields(r),
    }
  })
}

/** A page of recommendations matching the filters, with the exact total. */
export async function listRecommendations(
  db: Kysely<Database>,
  q: RecommendationListQuery,
): Promise<Paged<Recommendation>> {
  const where = filters(db, q)
  const total = await db
    .selectFrom('recommendations')
    .where(where)
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  let query = db.selectFrom('recommendations').selectAll().where(where)
  for (const s of sortSpecs(q.sort, '-createdOn', SORT_COLUMNS, 'id')) {
    query = NULLABLE_SORT_COLUMNS.has(s.column)
      ? query.orderBy(s.column as 'id', ob => (s.direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      : query.orderBy(s.column as 'id', s.direction)
  }
  const rows = await query.limit(q.pageSize).offset(offsetOf(q.page, q.pageSize)).execute()
  return { items: await hydrate(db, rows), total: Number(total.n), page: q.page, pageSize: q.pageSize }
}

/** One recommendation with its instructions, forwards and feedback (oldest first), or undefined; a voided one only with `includeVoided`. */
export async function findRecommendation(
  db: Kysely<Database>,
  id: number,
  { includeVoided = false }: VoidedReads = {},
): Promise<RecommendationDetail | undefined> {
  const [item] = await hydrate(
    db,
    await db
      .selectFrom('recommendations')
      .selectAll()
      .where('id', '=', id)
      .$if(!includeVoided, qb => qb.where(liveRecommendation()))
      .execute(),
  )
  if (!item) return undefined
  const instructions = await db
    .selectFrom('instructions')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('date')
    .orderBy('id')
    .execute()
  const forwards = await db
    .selectFrom('forwards')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('date')
    .orderBy('id')
    .execute()
  const forwardDepartments =
    forwards.length === 0
      ? new Map<number, { department_id: number }[]>()
      : groupBy(
          await db
            .selectFrom('forward_departments')
            .select(['forward_id', 'department_id'])
            .where(
              'forward_id',
              'in',
              forwards.map(f => f.id),
            )
            .orderBy('forward_id')
            .orderBy('position')
            .execute(),
          d => d.forward_id,
        )
  const feedback = await db
    .selectFrom('feedback')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('date')
    .orderBy('id')
    .execute()
  return {
    ...item,
    instructions: instructions.map(i => ({ id: i.id, leader: i.leader, date: i.date, text: i.text })),
    forwards: forwards.map(f => ({
      id: f.id,
      date: f.date,
      departmentIds: (forwardDepartments.get(f.id) ?? []).map(d => d.department_id),
      note: f.note,
    })),
    feedback: feedback.map(f => ({ id: f.id, date: f.date, departmentId: f.department_id, text: f.text })),
  }
}

/**
 * Which recommendations a queue looks at: statuses, and the chains or the department forwarded to;
 * or, for the admin's queue of orphans, those none of whose chains has an active leader.
 */
export interface RecommendationQueueScope {
  statuses: readonly string[]
  chainIds?: readonly number[]
  departmentId?: number
  orphans?: { ledChainIds: readonly number[] }
}

/** A slice of the ids of the recommendations in `scope`, longest in their status first: the queue's candidates. */
export async function listQueueCandidateIds(
  db: Kysely<Database>,
  scope: RecommendationQueueScope,
  offset: number,
  limit: number,
): Promise<number[]> {
  if (scope.statuses.length === 0 || scope.chainIds?.length === 0) return []
  const rows = await db
    .selectFrom('recommendations')
    .select('id')
    .where('status', 'in', scope.statuses)
    .where(liveRecommendation())
    .$if(scope.chainIds !== undefined, qb =>
      qb.where('id', 'in', eb =>
        eb.selectFrom('recommendation_chains').select('recommendation_id').where('chain_id', 'in', scope.chainIds!),
      ),
    )
    .$if(scope.departmentId !== undefined, qb =>
      qb.where('id', 'in', eb =>
        eb
          .selectFrom('forwards as f')
          .innerJoin('forward_departments as fd', 'fd.forward_id', 'f.id')
          .select('f.recommendation_id')
          .where('fd.department_id', '=', scope.departmentId!),
      ),
    )
    .$if(scope.orphans !== undefined && scope.orphans.ledChainIds.length > 0, qb =>
      qb.where('id', 'not in', eb =>
        eb
          .selectFrom('recommendation_chains')
          .select('recommendation_id')
          .where('chain_id', 'in', scope.orphans!.ledChainIds),
      ),
    )
    .orderBy('status_since')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map(r => r.id)
}
