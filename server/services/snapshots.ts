/**
 * The board and pipeline snapshots: the timelines read from the database, replayed by the
 * contract up to the asked day (never later than today), with the calendar and limits in force.
 */
import type { Kysely } from 'kysely'
import {
  BOTTLENECK_STATES,
  computePipelineSnapshot,
  createBoardTally,
  notLaterThan,
  type BoardSnapshot,
  type BottleneckCategory,
  type ResolutionType,
  type BoardSnapshotQuery,
  type PipelineSnapshot,
  type PipelineSnapshotQuery,
} from '#contract'
import type { Database } from '../db/schema'
import {
  boardOfToday,
  bottleneckTimelineBatches,
  enterpriseNames,
  recommendationTimelines,
} from '../repositories/snapshots'
import { loadTimeLimits, loadWorkingCalendar } from './workingCalendar'

/** The bottleneck board as it stood at the end of the asked day. */
export async function buildBoardSnapshot(
  db: Kysely<Database>,
  q: BoardSnapshotQuery,
  today: string,
): Promise<BoardSnapshot> {
  const asOf = notLaterThan(q.asOf, today)
  const to = q.to === undefined ? asOf : notLaterThan(q.to, asOf)
  const window = { from: q.from, to, chainId: q.chainId, county: q.county }
  if (asOf === today) return boardFromRecords(db, window, today)
  const [cal, limits] = await Promise.all([loadWorkingCalendar(db), loadTimeLimits(db)])
  const tally = createBoardTally({ ...q, asOf }, { cal, limits })
  for await (const batch of bottleneckTimelineBatches(db, { ...window, asOf })) {
    for (const t of batch) tally.add(t)
  }
  const names = await enterpriseNames(db, tally.resolvedEnterpriseIds())
  return tally.result(id => names.get(id)!)
}

/**
 * Today's board from the records' own status and warning, which a replay to today would only
 * recompute (a live board slide asks for it on every refresh; the contract tests hold both equal).
 */
async function boardFromRecords(
  db: Kysely<Database>,
  window: Parameters<typeof boardOfToday>[1],
  today: string,
): Promise<BoardSnapshot> {
  const board = await boardOfToday(db, window, today)
  const names = await enterpriseNames(
    db,
    board.latest.map(r => r.enterprise_id),
  )
  return {
    asOf: today,
    byStatus: Object.fromEntries(
      BOTTLENECK_STATES.map(s => [s, board.byStatus.get(s) ?? 0]),
    ) as BoardSnapshot['byStatus'],
    byWarning: {
      red: board.byWarning.get('red') ?? 0,
      yellow: board.byWarning.get('yellow') ?? 0,
      blue: board.byWarning.get('blue') ?? 0,
    },
    recentlyResolved: board.latest.map(r => ({
      id: r.id,
      enterpriseId: r.enterprise_id,
      enterpriseName: names.get(r.enterprise_id)!,
      category: r.category as BottleneckCategory,
      resolutionType: r.resolution_type as ResolutionType | null,
      resolvedOn: r.resolved_on!,
    })),
  }
}

/** The recommendation pipeline as it stood at the end of the asked day. */
export async function buildPipelineSnapshot(
  db: Kysely<Database>,
  q: PipelineSnapshotQuery,
  today: string,
): Promise<PipelineSnapshot> {
  const asOf = notLaterThan(q.asOf, today)
  return computePipelineSnapshot(await recommendationTimelines(db, asOf, q.chainId), { ...q, asOf })
}
