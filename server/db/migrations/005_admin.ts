/**
 * The admin screens: a `version` on the records the admin edits (users, chains, departments,
 * enterprises) so two admins never silently overwrite each other; the working-day calendar as
 * edited (a year row, and its holidays and make-up working days); and settings (the time limits)
 * as versioned JSON values. Years and settings not in the database fall back to what ships.
 */
import type { Kysely } from 'kysely'

const VERSIONED = ['users', 'chains', 'departments', 'enterprises'] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', c => c.notNull().defaultTo(1))
      .execute()
  }

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', c => c.primaryKey())
    .addColumn('official', 'integer', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .addColumn('updated_at', 'text', c => c.notNull())
    .execute()
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', c => c.primaryKey())
    .addColumn('year', 'integer', c => c.notNull().references('calendar_years.year').onDelete('cascade'))
    .addColumn('kind', 'text', c => c.notNull())
    .execute()
  await db.schema.createIndex('calendar_days_year').on('calendar_days').column('year').execute()

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', c => c.primaryKey())
    .addColumn('value_json', 'text', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute()
  await db.schema.dropTable('calendar_days').execute()
  await db.schema.dropTable('calendar_years').execute()
  for (const table of VERSIONED) await db.schema.alterTable(table).dropColumn('version').execute()
}
