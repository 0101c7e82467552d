/**
 * The board and pipeline snapshots: the timelines read from the database, replayed by the
 * contract up to the asked day (never later than today), with the calendar and limits in force.
 */
import type { Kysely } from 'kysely'
import {
  computePipelineSnapshot, createBoardTally,
  type BoardSnapshot, type BoardSnapshotQuery, type PipelineSnapshot, type PipelineSnapshotQuery,
} from '#contract'
import type { Database } from '../db/schema'
import { bottleneckTimelineBatches, enterpriseNames, recommendationTimelines } from '../repositories/snapshots'
import { loadTimeLimits, loadWorkingCalendar } from './workingCalendar'

const notAfter = (day: string, today: string) => (day < today ? day : today)

/** The bottleneck board as it stood at the end of the asked day. */
export async function buildBoardSnapshot(db: Kysely<Database>, q: BoardSnapshotQuery, today: string): Promise<BoardSnapshot> {
  const asOf = notAfter(q.asOf, today)
  const to = q.to === undefined ? asOf : notAfter(q.to, asOf)
  const [cal, limits] = await Promise.all([loadWorkingCalendar(db), loadTimeLimits(db)])
  const tally = createBoardTally({ ...q, asOf }, { cal, limits })
  for await (const batch of bottleneckTimelineBatches(db, { from: q.from, to, chainId: q.chainId, county: q.county })) {
    for (const t of batch) tally.add(t)
  }
  const names = await enterpriseNames(db, tally.resolvedEnterpriseIds())
  return tally.result(id => names.get(id)!)
}

/** The recommendation pipeline as it stood at the end of the asked day. */
export async function buildPipelineSnapshot(db: Kysely<Database>, q: PipelineSnapshotQuery, today: string): Promise<PipelineSnapshot> {
  const asOf = notAfter(q.asOf, today)
  return computePipelineSnapshot(await recommendationTimelines(db, asOf, q.chainId), { ...q, asOf })
}
