/** GET /api/audit?entityType=…&entityId=… — a record's audit entries, newest first. */
import { auditEntryForReader, auditQuery, canReadAudit } from '#contract'
import { problem, type MockResponse, type SignedInRequest } from './exchange'
import { parseParams } from './result'
import type { MockState } from './state'

/** The audit entries of one record, for a user who may read that kind's audit (contract/audit.ts canReadAudit). */
export function listAudit(state: MockState, req: SignedInRequest): MockResponse {
  const q = parseParams(auditQuery, req.query)
  if (!q.ok) return q.result
  const { entityType, entityId } = q.value
  if (!canReadAudit(req.user, entityType)) return problem(403, 'forbidden', `the audit of ${entityType} records is not yours to read`)
  const items = state.audit.filter(e => e.entityType === entityType && e.entityId === entityId).reverse().map(e => auditEntryForReader(req.user, e))
  return { status: 200, body: { items } }
}
