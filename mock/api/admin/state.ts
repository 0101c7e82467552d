/**
 * What the mock keeps for the admin screens beside the world's records: each edited record's
 * version (the world's records carry none; an untouched one is at version 1, as seeded on the
 * server), the calendar years the admin saved, and the stored time limits.
 */
import type { StoredCalendarYear, TimeLimits } from '#contract'

export type VersionedEntity = 'user' | 'chain' | 'department' | 'enterprise'

export interface MockAdminState {
  /** Versions by `${entity}:${id}`; absent means 1. */
  versions: Map<string, number>
  /** Records the admin created or changed, by kind (the overlay saves them). */
  touched: Record<VersionedEntity, Set<number>>
  /** The years the admin saved, replacing the shipped ones. */
  calendarYears: StoredCalendarYear[]
  /** The saved time limits and their version, or null while the defaults apply. */
  limits: { value: TimeLimits; version: number } | null
}

/** Nothing edited yet. */
export function createAdminState(): MockAdminState {
  return {
    versions: new Map(),
    touched: { user: new Set(), chain: new Set(), department: new Set(), enterprise: new Set() },
    calendarYears: [],
    limits: null,
  }
}

/** The current version of a record. */
export function versionOf(admin: MockAdminState, entity: VersionedEntity, id: number): number {
  return admin.versions.get(`${entity}:${id}`) ?? 1
}

/** Moves a record to its next version; returns it. */
export function bumpVersion(admin: MockAdminState, entity: VersionedEntity, id: number): number {
  const next = versionOf(admin, entity, id) + 1
  admin.versions.set(`${entity}:${id}`, next)
  return next
}
