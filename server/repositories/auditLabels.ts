/**
 * The labels of an audit answer (contract/auditLabels.ts): users' display names and the codes of
 * visits and bottlenecks the entries point to. Read from the tables as they are, voided records
 * included, as the mock reads its world: an audit keeps naming what a voided record was.
 */
import type { Kysely } from 'kysely'
import { auditLabelRefs, auditLabelsFrom, type AuditEntry, type AuditLabels } from '#contract'
import type { Database } from '../db/schema'

/** Labels for the ids `entries` point to, in three small queries (none when no id of a kind occurs). */
export async function auditLabelsOf(db: Kysely<Database>, entries: AuditEntry[]): Promise<AuditLabels> {
  const refs = auditLabelRefs(entries)
  const [users, visits, bottlenecks] = await Promise.all([
    refs.users.length
      ? db.selectFrom('users').select(['id', 'display_name as label']).where('id', 'in', refs.users).execute()
      : [],
    refs.visits.length
      ? db.selectFrom('visits').select(['id', 'code as label']).where('id', 'in', refs.visits).execute()
      : [],
    refs.bottlenecks.length
      ? db.selectFrom('bottlenecks').select(['id', 'code as label']).where('id', 'in', refs.bottlenecks).execute()
      : [],
  ])
  const byId = (rows: { id: number; label: string }[]) => new Map(rows.map(r => [r.id, r.label]))
  return auditLabelsFrom(refs, { users: byId(users), visits: byId(visits), bottlenecks: byId(bottlenecks) })
}
