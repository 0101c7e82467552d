/**
 * The bottlenecks and recommendations as they stood at the end of a past day, read from the
 * database and replayed by the contract (contract/recordsAsOf.ts), slimmed to what the Overview's
 * and the Trends' arithmetic reads. Timelines are read in batches and dropped once replayed.
 */
import type { Kysely } from 'kysely'
import { bottleneckAsOf, recommendationAsOf, type BottleneckCategory, type KpiBottleneck, type KpiRecommendation } from '#contract'
import type { Database } from '../db/schema'
import { bottleneckTimelineBatches, recommendationTimelines } from '../repositories/snapshots'
import { loadTimeLimits, loadWorkingCalendar } from './workingCalendar'

export type ReplayedBottleneck = KpiBottleneck & { category: BottleneckCategory }
export type ReplayedRecommendation = KpiRecommendation & { createdOn: string }

/** Every bottleneck raised by the end of `day`, as it stood then (the timelines are read in batches and dropped). */
export async function bottlenecksAsOf(db: Kysely<Database>, day: string): Promise<ReplayedBottleneck[]> {
  const [cal, limits] = await Promise.all([loadWorkingCalendar(db), loadTimeLimits(db)])
  const out: ReplayedBottleneck[] = []
  for await (const batch of bottleneckTimelineBatches(db, { to: day })) {
    for (const t of batch) {
      const b = bottleneckAsOf(t, day, { cal, limits })
      if (b === null) continue
      out.push({
        chainId: b.chainId, county: b.county as ReplayedBottleneck['county'], category: b.category, raisedOn: b.raisedOn, status: b.status,
        resolutionType: b.resolutionType, resolveBy: b.resolveBy, originalResolveBy: b.originalResolveBy, resolvedOn: b.resolvedOn,
        assignedOn: b.assignedOn, acknowledgeBy: b.acknowledgeBy, acknowledgedOn: b.acknowledgedOn, reopenCount: b.reopenCount, satisfaction: b.satisfaction,
      })
    }
  }
  return out
}

/** Every recommendation created by the end of `day`, as it stood then. */
export async function recommendationsAsOf(db: Kysely<Database>, day: string): Promise<ReplayedRecommendation[]> {
  return (await recommendationTimelines(db, day)).flatMap((r) => {
    const then = recommendationAsOf(r, day)
    return then === null ? [] : [then]
  })
}
