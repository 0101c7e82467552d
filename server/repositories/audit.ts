/**
 * The audit trail (migration 004): one entry per write, in the write's transaction, with the
 * record before and after as JSON. Admin writes store their entries here too.
 */
import type { Kysely } from 'kysely'
import type { AuditEntry } from '#contract'
import type { Database } from '../db/schema'

/** The id the next audit entry gets: one past the largest (call inside the write's transaction). */
export async function nextAuditId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_entries')
    .select(eb => eb.fn.max('id').as('max'))
    .executeTakeFirst()
  return Number(row?.max ?? 0) + 1
}

/** Stores one audit entry. */
export async function insertAuditEntry(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_entries')
    .values({
      id: e.id,
      entity_type: e.entityType,
      entity_id: e.entityId,
      action: e.action,
      actor_id: e.actorId,
      actor_name: e.actorName,
      at: e.at,
      before_json: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
      after_json: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute()
}

/** A record's audit entries, newest first. */
export async function listAuditEntries(
  db: Kysely<Database>,
  entityType: AuditEntry['entityType'],
  entityId: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_entries')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .execute()
  return rows.map(r => ({
    id: r.id,
    entityType: r.entity_type as AuditEntry['entityType'],
    entityId: r.entity_id,
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    at: r.at,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }))
}
