/**
 * The bottlenecks and recommendations as they stood at the end of a past day, read from the
 * database and replayed by the contract (contract/recordsAsOf.ts), slimmed to what the Overview's
 * and the Trends' arithmetic reads. Timelines are read in batches and dropped once replayed.
 */
import type { Kysely } from 'kysely'
import {
  bottleneckAsOf,
  RATING_ACTIONS,
  recommendationAsOf,
  type BottleneckCategory,
  type KpiBottleneck,
  type KpiRecommendation,
} from '#contract'
import type { Database } from '../db/schema'
import { bottleneckTimelineBatches, recommendationTimelines } from '../repositories/snapshots'
import { readDataVersion } from '../repositories/meta'
import { loadTimeLimits, loadWorkingCalendar } from './workingCalendar'

export type ReplayedBottleneck = KpiBottleneck & { category: BottleneckCategory }
export type ReplayedRecommendation = KpiRecommendation & { createdOn: string }

interface Replay {
  dataVersion: number
  day: string
  relevantFrom: string
  bottlenecks: Promise<ReplayedBottleneck[]>
}

/**
 * The last replay per database: a frozen playlist asks for several Overviews of one day at once
 * (the prefecture, a chain, the map), which share it. One entry only, so memory stays bounded; a
 * replay from an earlier `relevantFrom` serves any later one (the KPIs filter by their own dates).
 */
const lastReplay = new WeakMap<Kysely<Database>, Replay>()

/**
 * Every bottleneck raised by the end of `day` that can count in a period from `relevantFrom` on,
 * as it stood then (perhaps more: see lastReplay).
 */
export async function bottlenecksAsOf(
  db: Kysely<Database>,
  day: string,
  relevantFrom: string,
): Promise<ReplayedBottleneck[]> {
  const dataVersion = await readDataVersion(db)
  const last = lastReplay.get(db)
  if (last && last.dataVersion === dataVersion && last.day === day && last.relevantFrom <= relevantFrom)
    return last.bottlenecks
  const bottlenecks = replayBottlenecks(db, day, relevantFrom)
  lastReplay.set(db, { dataVersion, day, relevantFrom, bottlenecks })
  bottlenecks.catch(() => {
    if (lastReplay.get(db)?.bottlenecks === bottlenecks) lastReplay.delete(db)
  })
  return bottlenecks
}

/** Reads and replays the timelines (in batches, each dropped once replayed). */
async function replayBottlenecks(
  db: Kysely<Database>,
  day: string,
  relevantFrom: string,
): Promise<ReplayedBottleneck[]> {
  const [cal, limits] = await Promise.all([loadWorkingCalendar(db), loadTimeLimits(db)])
  const out: ReplayedBottleneck[] = []
  for await (const batch of bottleneckTimelineBatches(db, { to: day, asOf: day, relevantFrom })) {
    for (const t of batch) {
      const b = bottleneckAsOf(t, day, { cal, limits })
      if (b === null) continue
      out.push({
        chainId: b.chainId,
        county: b.county as ReplayedBottleneck['county'],
        category: b.category,
        raisedOn: b.raisedOn,
        status: b.status,
        resolutionType: b.resolutionType,
        resolveBy: b.resolveBy,
        originalResolveBy: b.originalResolveBy,
        resolvedOn: b.resolvedOn,
        assignedOn: b.assignedOn,
        acknowledgeBy: b.acknowledgeBy,
        acknowledgedOn: b.acknowledgedOn,
        reopenCount: b.reopenCount,
        satisfaction: b.satisfaction,
        // Only the ratings: satisfaction counts rating events, and the rest would only hold memory.
        events: t.events.filter(e => e.action in RATING_ACTIONS).map(e => ({ action: e.action, at: e.at })),
      })
    }
  }
  return out
}

/** Every recommendation created by the end of `day`, as it stood then. */
export async function recommendationsAsOf(db: Kysely<Database>, day: string): Promise<ReplayedRecommendation[]> {
  return (await recommendationTimelines(db, day)).flatMap(r => {
    const then = recommendationAsOf(r, day)
    return then === null ? [] : [then]
  })
}
