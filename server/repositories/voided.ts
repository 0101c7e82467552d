/**
 * The one rule every read of visits, bottlenecks and recommendations applies (issue 10, voiding):
 * a voided record counts in no KPI, list, export, snapshot or queue. Each read filters through these
 * conditions, so what "not voided" means lives here; the rollups and visit-day masks are built
 * through them too, and a void takes the record's contribution away (repositories/voidWrites.ts).
 * Only a record's detail, read by an admin, and the audit still show a voided record.
 */
import { sql, type RawBuilder } from 'kysely'

/** `table` (or its alias) names a record that is not voided. */
function notVoided(table: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${table}.voided_at`)} is null`
}

/** The visit row (`alias`, default the table's name) is not voided. */
export const liveVisit = (alias = 'visits'): RawBuilder<boolean> => notVoided(alias)

/** The bottleneck row (`alias`, default the table's name) is not voided. */
export const liveBottleneck = (alias = 'bottlenecks'): RawBuilder<boolean> => notVoided(alias)

/** The recommendation row (`alias`, default the table's name) is not voided. */
export const liveRecommendation = (alias = 'recommendations'): RawBuilder<boolean> => notVoided(alias)

/**
 * The row whose `visitIdColumn` (e.g. 've.visit_id' of an attendance or outcome row) names a visit
 * that is not voided: attendance and outcomes carry no flag of their own. A primary-key seek per row.
 */
export function ofLiveVisit(visitIdColumn: string): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from visits voided_visit where voided_visit.id = ${sql.ref(visitIdColumn)} and voided_visit.voided_at is not null)`
}

/** When and why the row was voided, only on a voided row (the contract's voidFields: absent otherwise). */
export function voidedFields(r: { voided_at?: string | null; void_reason?: string | null }): {
  voidedAt?: string
  voidReason?: string
} {
  return r.voided_at == null ? {} : { voidedAt: r.voided_at, voidReason: r.void_reason ?? '' }
}

/** Whether a record's detail may include voided records: only an admin reads those. */
export interface VoidedReads {
  includeVoided?: boolean
}
