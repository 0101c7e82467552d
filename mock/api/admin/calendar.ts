/**
 * /api/admin/calendar and /api/admin/time-limits in the mock: the rules of
 * server/services/adminCalendar.ts. A save also replaces the calendar and limits the mock's writes
 * count deadlines on (state.calendar, state.limits, which the CommandContext reads).
 */
import {
  buildCalendar,
  calendarYearIssues,
  computeWarning,
  DEADLINE_STATES,
  DEFAULT_TIME_LIMITS,
  mergeCalendarYears,
  OFFICIAL_CALENDAR,
  sortedCalendarYear,
  type AdminTimeLimits,
  type CalendarYearRequest,
  type TimeLimitsRequest,
} from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { auditAdmin, invalid, staleVersion } from './respond'

/**
 * Rebuilds the calendar and limits in force from what the admin saved (also after a replay), and
 * recomputes the stored warning of every item whose deadlines are running, as the server
 * recomputes their approaching day (server/repositories/adminApproaching.ts). Deadlines already
 * set stay as they were agreed.
 */
export function applyAdminCalendar(state: MockState): void {
  state.calendar = buildCalendar(mergeCalendarYears(OFFICIAL_CALENDAR, state.admin.calendarYears))
  state.limits = { ...DEFAULT_TIME_LIMITS, ...state.admin.limits?.value }
  const today = state.clock.today()
  const rows = state.world.bottlenecks
  rows.forEach((b, i) => {
    if (!DEADLINE_STATES.includes(b.status)) return
    const warning = computeWarning(b, today, state.calendar, state.limits)
    if (warning !== b.warning) rows[i] = { ...b, warning }
  })
}

function yearsInForce(state: MockState) {
  return mergeCalendarYears(OFFICIAL_CALENDAR, state.admin.calendarYears).map(sortedCalendarYear)
}

function timeLimitsInForce(state: MockState): AdminTimeLimits {
  return { ...DEFAULT_TIME_LIMITS, ...state.admin.limits?.value, version: state.admin.limits?.version ?? 0 }
}

/** GET /api/admin/calendar → every year in force, shipped or edited. */
export function getCalendar(state: MockState): MockResponse {
  return { status: 200, body: { years: yearsInForce(state) } }
}

/** PUT /api/admin/calendar/:year → 200 the saved year; 409 stale_version with the year in force; 400. */
export function putCalendarYear(
  state: MockState,
  req: SignedInRequest,
  y: number,
  r: CalendarYearRequest,
): MockResponse {
  const before = yearsInForce(state).find(c => c.year === y) ?? null
  const stored = state.admin.calendarYears.find(c => c.year === y)?.version ?? 0
  if (stored !== r.version) return staleVersion(before)
  const issues = calendarYearIssues(y, r)
  if (Object.keys(issues).length > 0) return invalid(issues)
  const saved = {
    year: y,
    holidays: [...r.holidays].sort(),
    makeUpWorkdays: [...r.makeUpWorkdays].sort(),
    official: r.official,
    version: stored + 1,
  }
  state.admin.calendarYears = [...state.admin.calendarYears.filter(c => c.year !== y), saved]
  applyAdminCalendar(state)
  const after = { ...saved, source: 'edited' as const }
  auditAdmin(state, req.user, 'calendar', y, before?.source === 'edited' ? 'update' : 'create', before, after)
  state.changed()
  return { status: 200, body: after }
}

/** GET /api/admin/time-limits → the limits in force and their version. */
export function getTimeLimits(state: MockState): MockResponse {
  return { status: 200, body: timeLimitsInForce(state) }
}

/** PUT /api/admin/time-limits → 200 the saved limits; 409 stale_version; 400. */
export function putTimeLimits(state: MockState, req: SignedInRequest, body: TimeLimitsRequest): MockResponse {
  const before = timeLimitsInForce(state)
  if (before.version !== body.version) return staleVersion(before)
  const { version, ...limits } = body
  state.admin.limits = { value: limits, version: version + 1 }
  applyAdminCalendar(state)
  const after = { ...limits, version: version + 1 }
  auditAdmin(state, req.user, 'time_limits', 1, 'update', before, after)
  state.changed()
  return { status: 200, body: after }
}
