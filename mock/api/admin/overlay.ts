/**
 * The admin part of the mock's saved overlay: users, chains, departments and enterprises created
 * or changed, record versions, saved calendar years and time limits. Optional in the overlay, so
 * overlays saved before it still load.
 */
import type { Chain, Department, Enterprise, StoredCalendarYear, TimeLimits, User } from '#contract'
import type { MockState } from '../state'
import { applyAdminCalendar } from './calendar'
import { recountChainMembers, upsertById } from './records'

export interface AdminOverlay {
  users: User[]
  chains: Chain[]
  departments: Department[]
  enterprises: Enterprise[]
  versions: [string, number][]
  calendarYears: StoredCalendarYear[]
  limits: { value: TimeLimits; version: number } | null
}

/** What the admin changed in `state`. */
export function adminOverlayOf(state: MockState): AdminOverlay {
  const {
    admin: { touched, versions, calendarYears, limits },
    world,
  } = state
  return {
    users: world.users.filter(r => touched.user.has(r.id)),
    chains: world.chains.filter(r => touched.chain.has(r.id)),
    departments: world.departments.filter(r => touched.department.has(r.id)),
    enterprises: world.enterprises.filter(r => touched.enterprise.has(r.id)),
    versions: [...versions],
    calendarYears,
    limits,
  }
}

/** Replays an admin overlay onto a freshly generated world's state. */
export function replayAdminOverlay(state: MockState, overlay: AdminOverlay): void {
  const { admin, world } = state
  const replay = <T extends { id: number }>(rows: T[], saved: readonly T[], touched: Set<number>) => {
    for (const row of saved) {
      upsertById(rows, row)
      touched.add(row.id)
    }
  }
  replay(world.users, overlay.users, admin.touched.user)
  replay(world.chains, overlay.chains, admin.touched.chain)
  replay(world.departments, overlay.departments, admin.touched.department)
  replay(world.enterprises, overlay.enterprises, admin.touched.enterprise)
  recountChainMembers(world)
  for (const [k, v] of overlay.versions) admin.versions.set(k, v)
  admin.calendarYears = overlay.calendarYears
  admin.limits = overlay.limits
  if (admin.calendarYears.length > 0 || admin.limits) applyAdminCalendar(state)
}
