import { DEADLINE_STATES, type BottleneckState } from './lifecycles'
import { addWorkingDays, workingDaysBetween, type WorkingDayCalendar } from './calendar'
import type { WarningColour } from './entities'

/** Configurable time limits and warning thresholds (DOMAIN.md: acknowledge 1-3, resolve 7-15 working days). */
export interface TimeLimits {
  acknowledgeWorkingDays: number
  resolveWorkingDays: number
  maxResolveWorkingDays: number
  /** Blue once this share of the resolve limit is used. */
  approachingShare: number
}

export const DEFAULT_TIME_LIMITS: TimeLimits = {
  acknowledgeWorkingDays: 2,
  resolveWorkingDays: 7,
  maxResolveWorkingDays: 15,
  approachingShare: 0.8,
}

/** Deadlines set on assignment. */
export function deadlinesFrom(assignedOn: string, limits: TimeLimits, cal: WorkingDayCalendar) {
  return {
    acknowledgeBy: addWorkingDays(assignedOn, limits.acknowledgeWorkingDays, cal),
    resolveBy: addWorkingDays(assignedOn, limits.resolveWorkingDays, cal),
  }
}

export interface WarningInput {
  status: BottleneckState
  assignedOn: string | null
  acknowledgeBy: string | null
  acknowledgedOn: string | null
  resolveBy: string | null
  extended: boolean
}

/**
 * The three-colour warning, computed on read: red past the resolve deadline in force, yellow when
 * acknowledgement was late (or is overdue) or an extension was needed, blue when at least
 * `approachingShare` of the resolve window has elapsed, otherwise none. Only open, assigned items warn.
 */
export function computeWarning(
  b: WarningInput,
  today: string,
  cal: WorkingDayCalendar,
  limits: TimeLimits = DEFAULT_TIME_LIMITS,
): WarningColour {
  if (!DEADLINE_STATES.includes(b.status) || !b.resolveBy || !b.assignedOn) return 'none'
  if (today > b.resolveBy) return 'red'
  const ackLate =
    b.acknowledgeBy !== null && (b.acknowledgedOn ? b.acknowledgedOn > b.acknowledgeBy : today > b.acknowledgeBy)
  if (ackLate || b.extended) return 'yellow'
  if (today >= approachingDate(b.assignedOn, b.resolveBy, cal, limits)) return 'blue'
  return 'none'
}

/**
 * The first day on which at least `approachingShare` of the working days between assignment and
 * the resolve deadline have been used: the day an item turns blue. Stored by the server beside
 * the deadlines so that the warning can be filtered in SQL with only `today` as a parameter.
 */
export function approachingDate(
  assignedOn: string,
  resolveBy: string,
  cal: WorkingDayCalendar,
  limits: TimeLimits = DEFAULT_TIME_LIMITS,
): string {
  const total = workingDaysBetween(assignedOn, resolveBy, cal)
  if (total <= 0) return resolveBy
  const needed = Math.ceil(total * limits.approachingShare - 1e-9)
  return needed <= 0 ? assignedOn : addWorkingDays(assignedOn, needed, cal)
}
