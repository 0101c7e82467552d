/**
 * Voiding (作废, issue 10): an admin takes a visit, bottleneck or recommendation out of every KPI
 * and list without deleting it, so the audit and the record itself stay. `voided_at` (an ISO
 * instant) marks a voided record and `void_reason` says why; both are null on every other record.
 * Columns are added nullable, which any SQL dialect can do to a table with rows.
 */
import type { Kysely } from 'kysely'

const TABLES = ['visits', 'bottlenecks', 'recommendations'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('voided_at', 'text').execute()
    await db.schema.alterTable(table).addColumn('void_reason', 'text').execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).dropColumn('void_reason').execute()
    await db.schema.alterTable(table).dropColumn('voided_at').execute()
  }
}
