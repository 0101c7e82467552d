/**
 * Every record of a list, in the list's own order, read in keyset batches: each batch starts
 * after the last row of the one before on (sort column, id), so the database never skips over
 * what it already returned and memory holds one batch at a time whatever the list's size.
 * Filters, sort columns and hydration are the list repositories' own, so an export holds exactly
 * the rows the list pages show.
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import type {
  Bottleneck,
  BottleneckListQuery,
  Enterprise,
  EnterpriseListQuery,
  Recommendation,
  RecommendationListQuery,
  Visit,
  VisitListQuery,
} from '#contract'
import type { Database } from '../db/schema'
import { sortSpecs, type SortSpec } from './paging'
import * as visits from './visits'
import * as bottlenecks from './bottlenecks'
import * as recommendations from './recommendations'
import * as enterprises from './enterprises'

type Keyed = { id: number } & Record<string, unknown>

/**
 * "Comes after `last`" in the order of `specs` (a sort column then id, both the same direction;
 * nullable columns sort their nulls last in either direction, as the lists do).
 */
export function keysetAfter(
  table: string,
  specs: readonly SortSpec[],
  nullable: ReadonlySet<string>,
  last: Keyed,
): RawBuilder<boolean> {
  const ref = (column: string) => sql.ref(`${table}.${column}`)
  const [first, second] = specs
  const cmp = sql.raw(first!.direction === 'asc' ? '>' : '<')
  if (!second) return sql<boolean>`${ref(first!.column)} ${cmp} ${last[first!.column]}`
  const column = first!.column
  const value = last[column]
  if (value === null || value === undefined)
    return sql<boolean>`(${ref(column)} is null and ${ref('id')} ${cmp} ${last.id})`
  const orNull = nullable.has(column) ? sql` or ${ref(column)} is null` : sql``
  return sql<boolean>`(${ref(column)} ${cmp} ${value} or (${ref(column)} = ${value} and ${ref('id')} ${cmp} ${last.id})${orNull})`
}

/** Pages through one table: `page(after)` reads up to `size` raw rows and hydrates them. */
async function* keysetBatches<R extends Keyed, T>(
  table: string,
  specs: readonly SortSpec[],
  nullable: ReadonlySet<string>,
  size: number,
  page: (after: RawBuilder<boolean> | undefined) => Promise<{ rows: R[]; items: T[] }>,
): AsyncGenerator<T[]> {
  let after: RawBuilder<boolean> | undefined
  for (;;) {
    const { rows, items } = await page(after)
    if (items.length > 0) yield items
    const last = rows.at(-1)
    if (rows.length < size || !last) return
    after = keysetAfter(table, specs, nullable, last)
  }
}

/** Orders a query by the specs, nulls last on nullable columns (as the list repositories do). */
function ordered<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  table: string,
  specs: readonly SortSpec[],
  nullable: ReadonlySet<string>,
): SelectQueryBuilder<DB, TB, O> {
  for (const s of specs) {
    const ref = sql.ref(`${table}.${s.column}`)
    query = nullable.has(s.column)
      ? query.orderBy(ref, ob => (s.direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      : query.orderBy(ref, s.direction)
  }
  return query
}

const NONE: ReadonlySet<string> = new Set()

/** Every visit matching `q`, in the list's order. */
export function visitBatches(db: Kysely<Database>, q: VisitListQuery, size: number): AsyncGenerator<Visit[]> {
  const specs = sortSpecs(q.sort, '-date', visits.SORT_COLUMNS, 'id')
  return keysetBatches('visits', specs, NONE, size, async after => {
    const query = db
      .selectFrom('visits')
      .selectAll()
      .where(visits.filters(db, q))
      .$if(after !== undefined, qb => qb.where(after!))
    const rows = await ordered(query, 'visits', specs, NONE).limit(size).execute()
    return { rows, items: await visits.hydrate(db, rows) }
  })
}

/** Every bottleneck matching `q` (warnings as of `today`), in the list's order. */
export function bottleneckBatches(
  db: Kysely<Database>,
  q: BottleneckListQuery,
  today: string,
  size: number,
): AsyncGenerator<Bottleneck[]> {
  const specs = sortSpecs(q.sort, '-raisedOn', bottlenecks.SORT_COLUMNS, 'id')
  const nullable = bottlenecks.NULLABLE_SORT_COLUMNS
  return keysetBatches('bottlenecks', specs, nullable, size, async after => {
    const query = db
      .selectFrom('bottlenecks')
      .selectAll()
      .select(bottlenecks.warningSql(today).as('warning'))
      .where(bottlenecks.filters(db, q, today))
      .$if(after !== undefined, qb => qb.where(after!))
    const rows = await ordered(query, 'bottlenecks', specs, nullable).limit(size).execute()
    return { rows, items: await bottlenecks.hydrate(db, rows) }
  })
}

/** Every recommendation matching `q`, in the list's order. */
export function recommendationBatches(
  db: Kysely<Database>,
  q: RecommendationListQuery,
  size: number,
): AsyncGenerator<Recommendation[]> {
  const specs = sortSpecs(q.sort, '-createdOn', recommendations.SORT_COLUMNS, 'id')
  const nullable = recommendations.NULLABLE_SORT_COLUMNS
  return keysetBatches('recommendations', specs, nullable, size, async after => {
    const query = db
      .selectFrom('recommendations')
      .selectAll()
      .where(recommendations.filters(db, q))
      .$if(after !== undefined, qb => qb.where(after!))
    const rows = await ordered(query, 'recommendations', specs, nullable).limit(size).execute()
    return { rows, items: await recommendations.hydrate(db, rows) }
  })
}

/** Every enterprise matching `q`, in the list's order. */
export function enterpriseBatches(
  db: Kysely<Database>,
  q: EnterpriseListQuery,
  size: number,
): AsyncGenerator<Enterprise[]> {
  const specs = sortSpecs(q.sort, 'id', enterprises.SORT_COLUMNS, 'id')
  return keysetBatches('enterprises', specs, NONE, size, async after => {
    const query = db
      .selectFrom('enterprises')
      .selectAll()
      .where(enterprises.filters(db, q))
      .$if(after !== undefined, qb => qb.where(after!))
    const rows = await ordered(query, 'enterprises', specs, NONE).limit(size).execute()
    return { rows, items: await enterprises.hydrate(db, rows) }
  })
}

/** The names of the enterprises with `ids` (a batch's worth), without their memberships. */
export async function enterpriseNames(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, Enterprise['name']>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('enterprises')
    .select(['id', 'name_zh', 'name_ko', 'name_en'])
    .where('id', 'in', [...ids])
    .execute()
  return new Map(rows.map(r => [r.id, { zh: r.name_zh, ko: r.name_ko, en: r.name_en }]))
}
