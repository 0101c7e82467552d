/** Chains and departments as the admin edits them: the reference records plus their version. */
import type { Kysely } from 'kysely'
import type { AdminChain, AdminDepartment } from '#contract'
import type { Database } from '../db/schema'
import { listChains, listDepartments } from './reference'

async function versions(db: Kysely<Database>, table: 'chains' | 'departments'): Promise<Map<number, number>> {
  const rows = await db.selectFrom(table).select(['id', 'version']).execute()
  return new Map(rows.map(r => [r.id, r.version ?? 1]))
}

/** Every chain (or the one with `id`) with its version. */
export async function listAdminChains(db: Kysely<Database>, id?: number): Promise<AdminChain[]> {
  const [chains, v] = await Promise.all([listChains(db, id), versions(db, 'chains')])
  return chains.map(c => ({ ...c, version: v.get(c.id) ?? 1 }))
}

/** Writes a chain's names, leaders, lead agency and targets (segments: saveSegments; retirement: setChainRetired). */
export async function updateChain(db: Kysely<Database>, c: AdminChain): Promise<void> {
  await db
    .updateTable('chains')
    .set({
      name_json: JSON.stringify(c.name),
      cppcc_leaders_json: JSON.stringify(c.cppccLeaders),
      gov_co_leader_json: JSON.stringify(c.govCoLeader),
      lead_unit_json: JSON.stringify(c.leadUnit),
      lead_department_id: c.leadDepartmentId ?? null,
      targets_json: JSON.stringify(c.targets),
    })
    .where('id', '=', c.id)
    .execute()
}

/** Inserts a new chain (version 1, after the others in order) and its segments. */
export async function insertChain(db: Kysely<Database>, c: AdminChain): Promise<void> {
  const { max } = await db
    .selectFrom('chains')
    .select(eb => eb.fn.max<number>('position').as('max'))
    .executeTakeFirstOrThrow()
  await db
    .insertInto('chains')
    .values({
      id: c.id,
      code: c.code,
      name_json: JSON.stringify(c.name),
      tags_json: JSON.stringify(c.tags),
      cppcc_leaders_json: JSON.stringify(c.cppccLeaders),
      gov_co_leader_json: JSON.stringify(c.govCoLeader),
      lead_unit_json: JSON.stringify(c.leadUnit),
      lead_department_id: c.leadDepartmentId ?? null,
      targets_json: JSON.stringify(c.targets),
      position: max === null || max === undefined ? 0 : Number(max) + 1,
      version: 1,
    })
    .execute()
  await saveSegments(db, c.id, c.segments)
}

/** The next free chain id; call inside the write's transaction. */
export async function nextChainId(db: Kysely<Database>): Promise<number> {
  const { max } = await db
    .selectFrom('chains')
    .select(eb => eb.fn.max<number>('id').as('max'))
    .executeTakeFirstOrThrow()
  return Number(max ?? 0) + 1
}

/** True when a chain has `code` (compared as stored). */
export async function chainCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('chains').select('id').where('code', '=', code).executeTakeFirst()) !== undefined
}

/** Marks chain `id` retired on `day`, or back in use (null). */
export async function setChainRetired(db: Kysely<Database>, id: number, day: string | null): Promise<void> {
  await db.updateTable('chains').set({ retired_on: day }).where('id', '=', id).execute()
}

/** Marks segment `id` retired on `day`, or back in use (null). */
export async function setSegmentRetired(db: Kysely<Database>, id: number, day: string | null): Promise<void> {
  await db.updateTable('segments').set({ retired_on: day }).where('id', '=', id).execute()
}

/** Gives the chains whose lead agency is department `id` its new names. */
export async function renameLeadAgency(db: Kysely<Database>, id: number, name: AdminDepartment['name']): Promise<void> {
  await db
    .updateTable('chains')
    .set({ lead_unit_json: JSON.stringify(name) })
    .where('lead_department_id', '=', id)
    .execute()
}

/** Writes a chain's segments in order: existing ones updated by id (their retirement kept), new ones (id not yet stored) inserted. */
export async function saveSegments(
  db: Kysely<Database>,
  chainId: number,
  segments: AdminChain['segments'],
): Promise<void> {
  const stored = new Set(
    (await db.selectFrom('segments').select('id').where('chain_id', '=', chainId).execute()).map(s => s.id),
  )
  for (const [position, s] of segments.entries()) {
    const row = { tier: s.tier, name_json: JSON.stringify(s.name), position }
    if (stored.has(s.id)) await db.updateTable('segments').set(row).where('id', '=', s.id).execute()
    else
      await db
        .insertInto('segments')
        .values({ id: s.id, chain_id: chainId, ...row, retired_on: s.retiredOn ?? null })
        .execute()
  }
}

/** Every department (or the one with `id`) with its version. */
export async function listAdminDepartments(db: Kysely<Database>, id?: number): Promise<AdminDepartment[]> {
  const [departments, v] = await Promise.all([listDepartments(db), versions(db, 'departments')])
  return departments.filter(d => id === undefined || d.id === id).map(d => ({ ...d, version: v.get(d.id) ?? 1 }))
}

/** The id of the department with `code`, if any. */
export async function departmentIdByCode(db: Kysely<Database>, code: string): Promise<number | undefined> {
  const row = await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst()
  return row?.id
}

/** Inserts or updates a department (the caller moved or set the version). */
export async function saveDepartment(db: Kysely<Database>, d: AdminDepartment, isNew: boolean): Promise<void> {
  const row = { code: d.code, name_json: JSON.stringify(d.name), vertically_managed: d.verticallyManaged ? 1 : 0 }
  if (isNew)
    await db
      .insertInto('departments')
      .values({ id: d.id, ...row, version: d.version })
      .execute()
  else await db.updateTable('departments').set(row).where('id', '=', d.id).execute()
}
