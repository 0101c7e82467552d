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

/** Writes a chain's names, leaders, lead unit and targets (segments: saveSegments). */
export async function updateChain(db: Kysely<Database>, c: AdminChain): Promise<void> {
  await db.updateTable('chains').set({
    name_json: JSON.stringify(c.name),
    cppcc_leaders_json: JSON.stringify(c.cppccLeaders),
    gov_co_leader_json: JSON.stringify(c.govCoLeader),
    lead_unit_json: JSON.stringify(c.leadUnit),
    targets_json: JSON.stringify(c.targets),
  }).where('id', '=', c.id).execute()
}

/** Writes a chain's segments in order: existing ones updated by id, new ones (id not yet stored) inserted. */
export async function saveSegments(db: Kysely<Database>, chainId: number, segments: AdminChain['segments']): Promise<void> {
  const stored = new Set((await db.selectFrom('segments').select('id').where('chain_id', '=', chainId).execute()).map(s => s.id))
  for (const [position, s] of segments.entries()) {
    const row = { tier: s.tier, name_json: JSON.stringify(s.name), position }
    if (stored.has(s.id)) await db.updateTable('segments').set(row).where('id', '=', s.id).execute()
    else await db.insertInto('segments').values({ id: s.id, chain_id: chainId, ...row }).execute()
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
  if (isNew) await db.insertInto('departments').values({ id: d.id, ...row, version: d.version }).execute()
  else await db.updateTable('departments').set(row).where('id', '=', d.id).execute()
}
