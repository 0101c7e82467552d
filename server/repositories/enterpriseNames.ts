import type { Kysely } from 'kysely'
import type { NamedEnterprise } from '#contract'
import type { Database } from '../db/schema'

/** Every enterprise's id and names, for masking answers (services/answerMasking.ts). */
export async function listEnterpriseNames(db: Kysely<Database>): Promise<NamedEnterprise[]> {
  const rows = await db.selectFrom('enterprises').select(['id', 'name_zh', 'name_ko', 'name_en']).execute()
  return rows.map(r => ({ id: r.id, name: { zh: r.name_zh, ko: r.name_ko, en: r.name_en } }))
}
