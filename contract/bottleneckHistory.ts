/**
 * Derives the lifecycle fields of a Bottleneck record from its timeline, so the record can never
 * disagree with its events. The demo generator builds its records with it; the snapshots
 * (snapshots.ts) replay a timeline up to a past day to see the record as it stood then.
 */
import type { WorkingDayCalendar } from './calendar'
import type { BottleneckEvent, ResolutionType, Satisfaction, WarningColour } from './entities'
import type { Department } from './reference'
import type { BottleneckState } from './lifecycles'
import { computeWarning, DEFAULT_TIME_LIMITS, type TimeLimits } from './timeLimits'

/** The fields of a Bottleneck that follow from its events (everything but identity and text). */
export interface BottleneckLifecycleFields {
  status: BottleneckState
  leadDepartmentId: number | null
  coDepartmentIds: number[]
  assignedVia: 'co_leader' | 'lead_unit' | null
  coordination: boolean
  raisedAt: string
  raisedOn: string
  assignedOn: string | null
  acknowledgeBy: string | null
  acknowledgedOn: string | null
  resolveBy: string | null
  originalResolveBy: string | null
  extensionPending: boolean
  extended: boolean
  resolvedOn: string | null
  closedOn: string | null
  resolutionType: ResolutionType | null
  satisfaction: Satisfaction | null
  reopenCount: number
  warning: WarningColour
  version: number
}

const RATINGS: Partial<Record<string, Satisfaction>> = {
  rate_satisfied: 'satisfied',
  rate_basically_satisfied: 'basically_satisfied',
  rate_dissatisfied: 'dissatisfied',
}

/**
 * The lifecycle fields of a bottleneck just raised: nobody assigned, no deadline, nothing resolved.
 * Where a replay starts, and what a raise writes (commands/bottleneckRaise.ts).
 */
export function raisedLifecycleFields(
  status: BottleneckState,
  raisedAt: string,
  version: number,
): BottleneckLifecycleFields {
  return {
    status,
    leadDepartmentId: null,
    coDepartmentIds: [],
    assignedVia: null,
    coordination: false,
    raisedAt,
    raisedOn: raisedAt.slice(0, 10),
    assignedOn: null,
    acknowledgeBy: null,
    acknowledgedOn: null,
    resolveBy: null,
    originalResolveBy: null,
    extensionPending: false,
    extended: false,
    resolvedOn: null,
    closedOn: null,
    resolutionType: null,
    satisfaction: null,
    reopenCount: 0,
    warning: 'none',
    version,
  }
}

/**
 * Replays `events` (oldest first, starting with 'raise') into record fields. Deadlines come from
 * the last assignment (and a granted extension); the warning is computed as of `today`.
 */
export function deriveBottleneckFields(
  events: readonly BottleneckEvent[],
  departments: ReadonlyMap<number, Department>,
  today: string,
  cal: WorkingDayCalendar,
  limits: TimeLimits = DEFAULT_TIME_LIMITS,
): BottleneckLifecycleFields {
  const first = events[0]
  if (!first || first.action !== 'raise') throw new Error('a bottleneck timeline starts with raise')
  const f = raisedLifecycleFields(first.toStatus, first.at, events.length)
  let lastResolvedOn: string | null = null
  let lastResolutionType: ResolutionType | null = null
  let lastClosedOn: string | null = null
  for (const e of events) {
    const day = e.at.slice(0, 10)
    const d = e.data
    switch (e.action) {
      case 'assign':
        f.leadDepartmentId = d.leadDepartmentId as number
        f.coDepartmentIds = [...(d.coDepartmentIds as number[])]
        f.assignedVia = d.assignedVia as 'co_leader' | 'lead_unit'
        f.assignedOn = day
        f.acknowledgeBy = d.acknowledgeBy as string
        f.resolveBy = d.resolveBy as string
        f.originalResolveBy = d.resolveBy as string
        f.acknowledgedOn = null
        f.extended = false
        f.extensionPending = false
        break
      case 'acknowledge':
        f.acknowledgedOn = day
        break
      case 'request_extension':
        f.extensionPending = true
        break
      case 'grant_extension':
        f.extensionPending = false
        f.extended = true
        f.resolveBy = d.resolveBy as string
        break
      case 'deny_extension':
        f.extensionPending = false
        break
      case 'resolve':
        lastResolvedOn = day
        lastResolutionType = d.resolutionType as ResolutionType
        break
      case 'rate_dissatisfied':
      case 'reopen':
        f.reopenCount++
        break
    }
    if (RATINGS[e.action]) f.satisfaction = RATINGS[e.action]!
    if (e.toStatus === 'closed' && e.fromStatus !== 'closed') lastClosedOn = day
    f.status = e.toStatus
  }
  const isResolved = f.status === 'resolved' || f.status === 'closed'
  f.resolvedOn = isResolved ? lastResolvedOn : null
  f.resolutionType = isResolved ? lastResolutionType : null
  f.closedOn = f.status === 'closed' ? lastClosedOn : null
  f.coordination = f.leadDepartmentId !== null && (departments.get(f.leadDepartmentId)?.verticallyManaged ?? false)
  f.warning = computeWarning(f, today, cal, limits)
  return f
}

/** The events of a timeline that happened on or before `day` (China business date; `at` carries +08:00). */
export function eventsUpTo<E extends Pick<BottleneckEvent, 'at'>>(events: readonly E[], day: string): E[] {
  return events.filter(e => e.at.slice(0, 10) <= day)
}

/**
 * The record's lifecycle fields as they stood at the end of `day`, warning judged on that day, or
 * null when it had not been raised yet.
 */
export function bottleneckFieldsAsOf(
  events: readonly BottleneckEvent[],
  day: string,
  departments: ReadonlyMap<number, Department>,
  cal: WorkingDayCalendar,
  limits: TimeLimits = DEFAULT_TIME_LIMITS,
): BottleneckLifecycleFields | null {
  const past = eventsUpTo(events, day)
  return past.length === 0 ? null : deriveBottleneckFields(past, departments, day, cal, limits)
}
