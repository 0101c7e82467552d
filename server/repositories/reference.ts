import type { Kysely } from 'kysely'
import type { Chain, County, Department } from '#contract'
import type { Database } from '../db/schema'
import { groupBy } from './paging'

/** Every county, in configured order. */
export async function listCounties(db: Kysely<Database>): Promise<County[]> {
  const rows = await db.selectFrom('counties').selectAll().orderBy('position').execute()
  return rows.map(r => ({
    code: r.code as County['code'],
    name: JSON.parse(r.name_json),
    kind: r.kind as County['kind'],
    tile: { x: r.tile_x, y: r.tile_y },
  }))
}

/** Every department, by id. */
export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().orderBy('id').execute()
  return rows.map(r => ({
    id: r.id,
    code: r.code,
    name: JSON.parse(r.name_json),
    verticallyManaged: r.vertically_managed === 1,
  }))
}

/** Chains in configured order (or the one with `id`), with segments and live enterprise counts. */
export async function listChains(db: Kysely<Database>, id?: number): Promise<Chain[]> {
  let query = db.selectFrom('chains').selectAll().orderBy('position')
  if (id !== undefined) query = query.where('id', '=', id)
  const rows = await query.execute()
  if (rows.length === 0) return []
  const ids = rows.map(r => r.id)
  const segments = groupBy(
    await db
      .selectFrom('segments')
      .selectAll()
      .where('chain_id', 'in', ids)
      .orderBy('chain_id')
      .orderBy('position')
      .execute(),
    s => s.chain_id,
  )
  const counts = new Map(
    (
      await db
        .selectFrom('enterprise_chains')
        .select(eb => ['chain_id', eb.fn.countAll<number>().as('n')])
        .where('chain_id', 'in', ids)
        .groupBy('chain_id')
        .execute()
    ).map(r => [r.chain_id, Number(r.n)]),
  )
  // Optional fields are left out while unset (null columns), as the mock's records leave them out.
  return rows.map(r => ({
    id: r.id,
    code: r.code,
    name: JSON.parse(r.name_json),
    tags: JSON.parse(r.tags_json),
    cppccLeaders: JSON.parse(r.cppcc_leaders_json),
    govCoLeader: JSON.parse(r.gov_co_leader_json),
    leadUnit: JSON.parse(r.lead_unit_json),
    ...(r.lead_department_id === null ? {} : { leadDepartmentId: r.lead_department_id }),
    segments: (segments.get(r.id) ?? []).map(s => ({
      id: s.id,
      tier: s.tier as Chain['segments'][number]['tier'],
      name: JSON.parse(s.name_json),
      ...(s.retired_on === null ? {} : { retiredOn: s.retired_on }),
    })),
    targets: JSON.parse(r.targets_json),
    enterpriseCount: counts.get(r.id) ?? 0,
    ...(r.retired_on === null ? {} : { retiredOn: r.retired_on }),
  }))
}

/** True once a chain is in use (not retired): until then the programme is not set up. */
export async function hasChainInUse(db: Kysely<Database>): Promise<boolean> {
  return (
    (await db.selectFrom('chains').select('id').where('retired_on', 'is', null).limit(1).executeTakeFirst()) !==
    undefined
  )
}
