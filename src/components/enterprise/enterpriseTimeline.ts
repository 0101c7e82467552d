import type { Bottleneck, Visit } from '#contract'

/** One entry of an enterprise's history: a visit that included it or a bottleneck it raised. */
export type EnterpriseTimelineEntry =
  | { kind: 'visit'; date: string; id: number; visit: Visit }
  | { kind: 'bottleneck'; date: string; id: number; bottleneck: Bottleneck }

/**
 * Visits and bottlenecks merged by date, newest first. On the same day the visit comes
 * first in reading order below its bottlenecks, since a visit raises them.
 */
export function mergeEnterpriseTimeline(
  visits: readonly Visit[],
  bottlenecks: readonly Bottleneck[],
): EnterpriseTimelineEntry[] {
  const entries: EnterpriseTimelineEntry[] = [
    ...visits.map(v => ({ kind: 'visit' as const, date: v.date, id: v.id, visit: v })),
    ...bottlenecks.map(b => ({ kind: 'bottleneck' as const, date: b.raisedOn, id: b.id, bottleneck: b })),
  ]
  return entries.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1
    if (a.kind !== b.kind) return a.kind === 'bottleneck' ? -1 : 1
    return b.id - a.id
  })
}
