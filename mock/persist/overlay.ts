/**
 * What the mock saves between page loads: not the world (it is regenerated from its seed and
 * anchor date) but only what changed on top of it — the records writes created or changed, the
 * audit, idempotent answers, sessions, changed passwords and failed-login counters. Replaying an
 * overlay onto a freshly generated world of the same seed and anchor date restores the mock.
 */
import type { AuditEntry, BottleneckDetail, RecommendationDetail, Visit } from '#contract'
import { adminOverlayOf, replayAdminOverlay, type AdminOverlay } from '../api/admin/overlay'
import type { MockResponse } from '../api/exchange'
import { presentOverlayOf, replayPresentOverlay, type PresentOverlay } from '../api/present/overlay'
import type { LoginWindow, MockSession, MockState } from '../api/state'

/**
 * The overlay's schema version. 2 (issue 10): requests are bounded (whole-yuan amounts, business
 * dates, clean text), and an overlay of version 1 may hold records the bounds now refuse, so it is
 * dropped rather than replayed (storage.ts says so in the console).
 */
export const OVERLAY_VERSION = 2

export interface Overlay {
  version: typeof OVERLAY_VERSION
  seed: number
  anchorDate: string
  visits: Visit[]
  bottlenecks: BottleneckDetail[]
  recommendations: RecommendationDetail[]
  audit: AuditEntry[]
  idempotency: [string, MockResponse][]
  sessions: [string, MockSession][]
  passwords: [number, string][]
  failures: [string, LoginWindow][]
  /** Admin edits; absent in overlays saved before the admin screens worked in mock mode. */
  admin?: AdminOverlay
  /** Saved playlists and display links; absent in overlays saved before presentation mode. */
  present?: PresentOverlay
}

/** The overlay of `state`: its touched records and the rest of its changeable state. */
export function overlayOf(state: MockState): Overlay {
  const { world, touched } = state
  const pick = <T extends { id: number }>(rows: readonly T[], ids: ReadonlySet<number>) =>
    rows.filter(r => ids.has(r.id))
  return {
    version: OVERLAY_VERSION,
    seed: world.seed,
    anchorDate: world.anchorDate,
    visits: pick(world.visits, touched.visits),
    bottlenecks: pick(world.bottlenecks, touched.bottlenecks),
    recommendations: pick(world.recommendations, touched.recommendations),
    audit: state.audit,
    idempotency: [...state.idempotency],
    sessions: [...state.sessions],
    passwords: [...state.passwords],
    failures: [...state.failures],
    admin: adminOverlayOf(state),
    present: presentOverlayOf(state),
  }
}

function upsertAll<T extends { id: number }>(rows: T[], changed: readonly T[], touched: Set<number>): void {
  const index = new Map(rows.map((r, i) => [r.id, i]))
  for (const row of changed) {
    const i = index.get(row.id)
    if (i === undefined) rows.push(row)
    else rows[i] = row
    touched.add(row.id)
  }
  rows.sort((a, b) => a.id - b.id)
}

/** Replays `overlay` onto `state`, whose world must be generated from the overlay's seed and anchor date. */
export function replayOverlay(state: MockState, overlay: Overlay): void {
  const { world, touched } = state
  upsertAll(world.visits, overlay.visits, touched.visits)
  upsertAll(world.bottlenecks, overlay.bottlenecks, touched.bottlenecks)
  upsertAll(world.recommendations, overlay.recommendations, touched.recommendations)
  state.audit.push(...overlay.audit)
  for (const [k, v] of overlay.idempotency) state.idempotency.set(k, v)
  for (const [k, v] of overlay.sessions) state.sessions.set(k, v)
  for (const [k, v] of overlay.passwords) state.passwords.set(k, v)
  for (const [k, v] of overlay.failures) state.failures.set(k, v)
  if (overlay.admin) replayAdminOverlay(state, overlay.admin)
  if (overlay.present) replayPresentOverlay(state, overlay.present)
}

/** Whether `value` looks like an overlay this version wrote (anything else is ignored, never half-applied). */
export function isOverlay(value: unknown): value is Overlay {
  if (typeof value !== 'object' || value === null) return false
  const o = value as Partial<Overlay>
  return (
    o.version === OVERLAY_VERSION &&
    typeof o.seed === 'number' &&
    typeof o.anchorDate === 'string' &&
    [o.visits, o.bottlenecks, o.recommendations, o.audit, o.idempotency, o.sessions, o.passwords, o.failures].every(
      Array.isArray,
    )
  )
}
