import type { ExpressionBuilder, Kysely } from 'kysely'
import type { CountyCode, Enterprise, EnterpriseListQuery, Paged } from '#contract'
import type { Database } from '../db/schema'
import { containsText, startsWithText } from '../db/dialect'
import { groupBy, offsetOf, sortSpecs } from './paging'

type Eb = ExpressionBuilder<Database, 'enterprises'>

export const SORT_COLUMNS = { name: 'name_zh', county: 'county', creditCode: 'credit_code', id: 'id' }

export function filters(db: Kysely<Database>, q: EnterpriseListQuery) {
  return (eb: Eb) => {
    const conditions = []
    if (q.chainId !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('enterprise_chains as ec')
            .select('ec.enterprise_id')
            .whereRef('ec.enterprise_id', '=', 'enterprises.id')
            .where('ec.chain_id', '=', q.chainId),
        ),
      )
    }
    if (q.segmentId !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('enterprise_chains as es')
            .select('es.enterprise_id')
            .whereRef('es.enterprise_id', '=', 'enterprises.id')
            .where('es.segment_id', '=', q.segmentId),
        ),
      )
    }
    if (q.county !== undefined) conditions.push(eb('county', '=', q.county))
    if (q.anchor !== undefined) conditions.push(eb('anchor', '=', q.anchor ? 1 : 0))
    if (q.ids !== undefined) conditions.push(eb('id', 'in', q.ids))
    if (q.q) {
      const text = q.q
      conditions.push(
        eb.or([
          containsText(db, eb.ref('name_zh'), text),
          containsText(db, eb.ref('name_ko'), text),
          containsText(db, eb.ref('name_en'), text),
          startsWithText(db, eb.ref('credit_code'), text),
        ]),
      )
    }
    return eb.and(conditions)
  }
}

export async function hydrate(db: Kysely<Database>, rows: Database['enterprises'][]): Promise<Enterprise[]> {
  if (rows.length === 0) return []
  const memberships = groupBy(
    await db
      .selectFrom('enterprise_chains')
      .selectAll()
      .where(
        'enterprise_id',
        'in',
        rows.map(r => r.id),
      )
      .orderBy('enterprise_id')
      .orderBy('position')
      .execute(),
    m => m.enterprise_id,
  )
  return rows.map(r => ({
    id: r.id,
    creditCode: r.credit_code,
    name: { zh: r.name_zh, ko: r.name_ko, en: r.name_en },
    county: r.county as CountyCode,
    chains: (memberships.get(r.id) ?? []).map(m => ({ chainId: m.chain_id, segmentId: m.segment_id })),
    anchor: r.anchor === 1,
    aboveScale: r.above_scale === 1,
    contact: { name: r.contact_name, phone: r.contact_phone },
    liaisonId: r.liaison_id,
  }))
}

/** A page of enterprises matching the filters, with the exact total. */
export async function listEnterprises(db: Kysely<Database>, q: EnterpriseListQuery): Promise<Paged<Enterprise>> {
  const where = filters(db, q)
  const total = await db
    .selectFrom('enterprises')
    .where(where)
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  let query = db.selectFrom('enterprises').selectAll().where(where)
  for (const s of sortSpecs(q.sort, 'id', SORT_COLUMNS, 'id')) query = query.orderBy(s.column as 'id', s.direction)
  const rows = await query.limit(q.pageSize).offset(offsetOf(q.page, q.pageSize)).execute()
  return { items: await hydrate(db, rows), total: Number(total.n), page: q.page, pageSize: q.pageSize }
}

/** One enterprise, or undefined. */
export async function findEnterprise(db: Kysely<Database>, id: number): Promise<Enterprise | undefined> {
  const rows = await db.selectFrom('enterprises').selectAll().where('id', '=', id).execute()
  return (await hydrate(db, rows))[0]
}

/** The enterprises of `ids` that exist (any order); the write commands look their ids up in it. */
export async function findEnterprises(db: Kysely<Database>, ids: readonly number[]): Promise<Enterprise[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('enterprises')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute()
  return hydrate(db, rows)
}
