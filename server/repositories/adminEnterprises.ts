/**
 * Enterprises as the admin edits them. An enterprise's county is copied onto its memberships,
 * attendance and bottlenecks (for indexed KPIs); a change of county or memberships rewrites
 * those copies, and the caller rebuilds the rollups they feed.
 */
import type { Kysely } from 'kysely'
import type { AdminEnterprise } from '#contract'
import type { Database } from '../db/schema'
import { findEnterprise } from './enterprises'

/** One enterprise with its version, or undefined. */
export async function findAdminEnterprise(db: Kysely<Database>, id: number): Promise<AdminEnterprise | undefined> {
  const found = await findEnterprise(db, id)
  if (!found) return undefined
  const row = await db.selectFrom('enterprises').select('version').where('id', '=', id).executeTakeFirstOrThrow()
  return { ...found, version: row.version ?? 1 }
}

/** The id of the enterprise with `creditCode`, if any. */
export async function enterpriseIdByCreditCode(db: Kysely<Database>, creditCode: string): Promise<number | undefined> {
  const row = await db.selectFrom('enterprises').select('id').where('credit_code', '=', creditCode).executeTakeFirst()
  return row?.id
}

/** The active liaison users among `ids`. */
export async function liaisonIds(db: Kysely<Database>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [...ids])
    .where('role', '=', 'liaison')
    .execute()
  return new Set(rows.map(r => r.id))
}

/** Inserts or updates an enterprise and its memberships; on update, copies the county onto attendance and bottlenecks. */
export async function saveEnterprise(db: Kysely<Database>, e: AdminEnterprise, isNew: boolean): Promise<void> {
  const row = {
    credit_code: e.creditCode,
    name_zh: e.name.zh,
    name_ko: e.name.ko,
    name_en: e.name.en,
    county: e.county,
    anchor: e.anchor ? 1 : 0,
    above_scale: e.aboveScale ? 1 : 0,
    contact_name: e.contact.name,
    contact_phone: e.contact.phone,
    liaison_id: e.liaisonId,
  }
  if (isNew) {
    await db
      .insertInto('enterprises')
      .values({ id: e.id, ...row, version: e.version })
      .execute()
  } else {
    await db.updateTable('enterprises').set(row).where('id', '=', e.id).execute()
    await db
      .updateTable('visit_enterprises')
      .set({ county: e.county })
      .where('enterprise_id', '=', e.id)
      .where('county', '!=', e.county)
      .execute()
    await db
      .updateTable('bottlenecks')
      .set({ county: e.county })
      .where('enterprise_id', '=', e.id)
      .where('county', '!=', e.county)
      .execute()
  }
  await db.deleteFrom('enterprise_chains').where('enterprise_id', '=', e.id).execute()
  await db
    .insertInto('enterprise_chains')
    .values(
      e.chains.map((m, position) => ({
        enterprise_id: e.id,
        chain_id: m.chainId,
        segment_id: m.segmentId,
        position,
        county: e.county,
      })),
    )
    .execute()
}
