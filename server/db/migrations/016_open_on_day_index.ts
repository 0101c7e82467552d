/**
 * The items open at the end of a past day include those raised by then and resolved after it
 * (kpiFacts openOnDayCells). Found through the resolved_on index alone, SQLite's planner preferred
 * a skip-scan of the whole table (~80-160 ms at bench scale, on every uncached Overview's
 * comparison day); with raised_on beside resolved_on the pair is read from one covering index
 * (~6-10 ms).
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('bottlenecks_resolved_raised')
    .on('bottlenecks')
    .columns(['resolved_on', 'raised_on'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('bottlenecks_resolved_raised').execute()
}
