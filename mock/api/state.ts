/**
 * Everything the mock API keeps besides the world's records: the clock, sessions, changed
 * passwords, failed-login counters, audit entries, idempotent answers, and which records writes
 * have touched (the overlay that persistence saves). The world itself is changed in place.
 */
import {
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  type AuditEntry,
  type FailureCounter,
  type TimeLimits,
  type WorkingDayCalendar,
  type World,
} from '#contract'
import { createAdminState, type MockAdminState } from './admin/state'
import type { MockResponse } from './exchange'
import { mockPseudonymSecret } from './maskedAnswers'
import { createPresentState, type MockPresentState } from './present/state'

export interface MockClock {
  /** Today's business date (China time), YYYY-MM-DD. */
  today(): string
  /** The current instant. */
  now(): Date
}

export interface MockSession {
  userId: number
  expiresAt: number
}
/** A create's first answer and the requestHash of the body it answered (absent on answers kept before hashes were). */
export interface IdempotentAnswer extends MockResponse {
  requestHash?: string
}
/** Failed sign-ins under one key (contract/loginThrottle.ts); overlays saved before issue 10 lack `lastTryAt`. */
export type LoginWindow = FailureCounter

export interface MockState {
  world: World
  clock: MockClock
  calendar: WorkingDayCalendar
  limits: TimeLimits
  /** Open sessions by cookie token. */
  sessions: Map<string, MockSession>
  /** Passwords changed in the mock, by user id (the rest use the demo password). */
  passwords: Map<number, string>
  /** Failed logins per key ('user:name', 'ip:local'), as the server counts them. */
  failures: Map<string, LoginWindow>
  /** Audit entries, oldest first. */
  audit: AuditEntry[]
  /** First answers to creates, by user, route and Idempotency-Key (writes/idempotency.ts idempotencySlot). */
  idempotency: Map<string, IdempotentAnswer>
  /** Ids of the records writes created or changed: the overlay persistence saves. */
  touched: { visits: Set<number>; bottlenecks: Set<number>; recommendations: Set<number> }
  /** Admin edits: record versions, saved calendar years and time limits. */
  admin: MockAdminState
  /** Presentation mode: saved playlists and display links. */
  present: MockPresentState
  /** The secret masked answers' pseudonyms are keyed with (the server keeps its own in a settings row). */
  pseudonymSecret: string
  /** Called after every change of state; persistence hooks in here. */
  changed(): void
}

export interface MockStateOptions {
  /** Today, fixed or as a function; defaults to the world's anchor date. */
  today?: string | (() => string)
  /** The current instant; defaults to the real clock. */
  now?: () => Date
  onChange?: (state: MockState) => void
  /** The pseudonym secret; defaults to one derived from the world's seed (tests give the server's). */
  pseudonymSecret?: string
}

/** A fresh state over `world` (which the mock will change in place). */
export function createMockState(world: World, opts: MockStateOptions = {}): MockState {
  const today = opts.today
  const state: MockState = {
    world,
    clock: {
      today: typeof today === 'function' ? today : () => today ?? world.anchorDate,
      now: opts.now ?? (() => new Date()),
    },
    calendar: buildCalendar(),
    limits: DEFAULT_TIME_LIMITS,
    sessions: new Map(),
    passwords: new Map(),
    failures: new Map(),
    audit: [],
    idempotency: new Map(),
    touched: { visits: new Set(), bottlenecks: new Set(), recommendations: new Set() },
    admin: createAdminState(),
    present: createPresentState(),
    pseudonymSecret: opts.pseudonymSecret ?? mockPseudonymSecret(world.seed),
    changed: () => opts.onChange?.(state),
  }
  return state
}
