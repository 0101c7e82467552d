/** The admin routes' shared answers and audit, as the server's admin write frame (server/services/adminWrite.ts) gives them. */
import {
  auditEntryFor,
  chinaInstant,
  invalidBodyFailure,
  staleVersionFailure,
  type AuditEntityType,
  type SessionUser,
} from '#contract'
import type { MockResponse } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'

/** 409 stale_version carrying the record as it is now. */
export function staleVersion(current: unknown): MockResponse {
  return failed(staleVersionFailure(current))
}

/** 400 validation_failed for checks that need the stored data. */
export function invalid(fields: Record<string, string>): MockResponse {
  return failed(invalidBodyFailure(fields))
}

/** Appends the audit entry of one admin write, by `actor` now. */
export function auditAdmin(
  state: MockState,
  actor: SessionUser,
  entityType: AuditEntityType,
  entityId: number,
  action: string,
  before: unknown,
  after: unknown,
): void {
  const id = (state.audit.at(-1)?.id ?? 0) + 1
  state.audit.push(
    auditEntryFor({ actor, now: chinaInstant(state.clock.now()) }, entityType, entityId, action, before, after, id),
  )
}
