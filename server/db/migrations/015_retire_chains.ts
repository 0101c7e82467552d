/**
 * First-run set-up and retiring (issue 11 §3): an admin creates chains and segments and retires
 * them instead of deleting, so their records stay readable and counted in their periods.
 * `retired_on` (a business date, China time) marks a retired chain or segment and is null on every
 * other; `lead_department_id` links a chain's lead agency (牵头单位) to a department, null where a
 * chain only names it (every chain seeded before this migration). Columns are added nullable,
 * which any SQL dialect can do to a table with rows.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('chains').addColumn('retired_on', 'text').execute()
  await db.schema.alterTable('chains').addColumn('lead_department_id', 'integer').execute()
  await db.schema.alterTable('segments').addColumn('retired_on', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('segments').dropColumn('retired_on').execute()
  await db.schema.alterTable('chains').dropColumn('lead_department_id').execute()
  await db.schema.alterTable('chains').dropColumn('retired_on').execute()
}
