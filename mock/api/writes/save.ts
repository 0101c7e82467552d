/**
 * Putting a write's result into the mock: the record replaces its old version in the world (or is
 * added), the audit gets its entry, and the record joins the overlay persistence saves.
 */
import type { AuditEntry, BottleneckDetail, CommandContext, RecommendationDetail, Visit } from '#contract'
import { auditEntryFor } from '#contract'
import type { MockState } from '../state'

function upsert<T extends { id: number }>(rows: T[], row: T): void {
  const i = rows.findIndex(r => r.id === row.id)
  if (i >= 0) rows[i] = row
  else rows.push(row)
}

/** Stores a created or changed visit. */
export function saveVisit(state: MockState, v: Visit): void {
  upsert(state.world.visits, v)
  state.touched.visits.add(v.id)
}

/** Stores a created or changed bottleneck; a new one raised on a visit joins that visit's bottleneckIds. */
export function saveBottleneck(state: MockState, b: BottleneckDetail): void {
  const isNew = !state.world.bottlenecks.some(x => x.id === b.id)
  upsert(state.world.bottlenecks, b)
  state.touched.bottlenecks.add(b.id)
  if (!isNew || b.visitId === null) return
  const visit = state.world.visits.find(v => v.id === b.visitId)
  // The server derives bottleneckIds from the bottlenecks table, so the visit's version stays.
  if (visit && !visit.bottleneckIds.includes(b.id))
    saveVisit(state, { ...visit, bottleneckIds: [...visit.bottleneckIds, b.id] })
}

/** Stores a created or changed recommendation. */
export function saveRecommendation(state: MockState, r: RecommendationDetail): void {
  upsert(state.world.recommendations, r)
  state.touched.recommendations.add(r.id)
}

/** Appends the audit entry of one change (ids follow on from the last entry). */
export function audit(
  state: MockState,
  ctx: CommandContext,
  entityType: AuditEntry['entityType'],
  entityId: number,
  action: string,
  before: unknown,
  after: unknown,
): void {
  const id = (state.audit.at(-1)?.id ?? 0) + 1
  state.audit.push(auditEntryFor(ctx, entityType, entityId, action, before, after, id))
}
