/** GET /api/audit?entityType=…&entityId=… — a record's audit entries, newest first. */
import { auditQuery } from '#contract'
import type { MockResponse, SignedInRequest } from './exchange'
import { parseParams } from './result'
import type { MockState } from './state'

/** The audit entries of one record (every signed-in role may read them). */
export function listAudit(state: MockState, req: SignedInRequest): MockResponse {
  const q = parseParams(auditQuery, req.query)
  if (!q.ok) return q.result
  const { entityType, entityId } = q.value
  const items = state.audit.filter(e => e.entityType === entityType && e.entityId === entityId).reverse()
  return { status: 200, body: { items } }
}
