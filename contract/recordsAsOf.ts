/**
 * Records as they stood at the end of a past day, for the KPIs of a frozen presentation (the
 * Overview with `asOf`): a bottleneck's lifecycle fields replayed from its timeline, a
 * recommendation's status replayed from its steps and its later step dates cleared. Visits need
 * nothing of the kind: they are dated facts, and a period ending on the day holds none after it.
 */
import { bottleneckFieldsAsOf, type BottleneckLifecycleFields } from './bottleneckHistory'
import type { KpiRecommendation } from './kpi'
import { recommendationStateAsOf, type RecommendationSteps } from './recommendationHistory'
import type { BottleneckTimeline, SnapshotRules } from './snapshots'
import { DEFAULT_TIME_LIMITS } from './timeLimits'

const NO_DEPARTMENTS = new Map()

/** The bottleneck with its lifecycle fields as they stood at the end of `day`, or null when raised later. */
export function bottleneckAsOf<T extends BottleneckTimeline>(
  b: T,
  day: string,
  rules: SnapshotRules,
): (T & BottleneckLifecycleFields) | null {
  const fields = bottleneckFieldsAsOf(
    b.events,
    day,
    rules.departments ?? NO_DEPARTMENTS,
    rules.cal,
    rules.limits ?? DEFAULT_TIME_LIMITS,
  )
  // Object.assign, not a spread: measured ten times faster here, and the server replays 10⁵ of these.
  return fields === null ? null : Object.assign({}, b, fields)
}

const onOrBefore = (date: string | null, day: string) => (date !== null && date <= day ? date : null)
const firstOnOrBefore = (dates: readonly { date: string }[], day: string) =>
  dates.reduce<string | null>(
    (first, d) => (d.date <= day && (first === null || d.date < first) ? d.date : first),
    null,
  )

/**
 * The recommendation as it stood at the end of `day` (status, status date and step dates up to
 * that day), or null when created later.
 */
export function recommendationAsOf<T extends RecommendationSteps & { chainIds: readonly number[] }>(
  r: T,
  day: string,
):
  (T & KpiRecommendation & { statusSince: string; implementingOn: string | null; notAdoptedOn: string | null }) | null {
  const state = recommendationStateAsOf(r, day)
  if (state === null) return null
  return {
    ...r,
    chainIds: [...r.chainIds],
    status: state.status,
    statusSince: state.statusSince,
    submittedOn: onOrBefore(r.submittedOn, day),
    firstInstructedOn: firstOnOrBefore(r.instructions, day),
    forwardedOn: firstOnOrBefore(r.forwards, day),
    implementingOn: onOrBefore(r.implementingOn, day),
    implementedOn: onOrBefore(r.implementedOn, day),
    notAdoptedOn: onOrBefore(r.notAdoptedOn, day),
  }
}
