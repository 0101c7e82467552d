/** GET /api/audit?entityType=…&entityId=… — a record's audit entries, newest first, with their labels. */
import {
  actorOf,
  auditEntryForReader,
  auditLabelRefs,
  auditLabelsFrom,
  type AuditQuery,
  canReadAudit,
  type AuditEntry,
  type AuditLabels,
} from '#contract'
import { problem, type MockResponse, type SignedInRequest } from './exchange'
import type { MockState } from './state'

/** The rows of `rows` whose ids are in `ids`, as id → label. */
function pick<T extends { id: number }>(
  rows: readonly T[],
  ids: number[],
  label: (row: T) => string,
): Map<number, string> {
  const wanted = new Set(ids)
  return new Map(rows.filter(r => wanted.has(r.id)).map(r => [r.id, label(r)]))
}

/** Names of the people and codes of the records the entries point to, as the server reads them (voided records keep their code). */
function labelsOf(state: MockState, items: AuditEntry[]): AuditLabels {
  const refs = auditLabelRefs(items)
  const { users, visits, bottlenecks } = state.world
  return auditLabelsFrom(refs, {
    users: pick(users, refs.users, u => u.displayName),
    visits: pick(visits, refs.visits, v => v.code),
    bottlenecks: pick(bottlenecks, refs.bottlenecks, b => b.code),
  })
}

/** The audit entries of one record, for a user who may read that kind's audit (contract/audit.ts canReadAudit). */
export function listAudit(state: MockState, req: SignedInRequest, query: AuditQuery): MockResponse {
  const { entityType, entityId } = query
  if (!canReadAudit(req.user, entityType))
    return problem(403, 'forbidden', `the audit of ${entityType} records is not yours to read`)
  // Each names its actor's role and department as the accounts are now (issue 11), as on the server.
  const items = state.audit
    .filter(e => e.entityType === entityType && e.entityId === entityId)
    .reverse()
    .map(e => ({ ...auditEntryForReader(req.user, e), ...actorOf(e.actorId, state.world.users) }))
  return { status: 200, body: { items, labels: labelsOf(state, items) } }
}
