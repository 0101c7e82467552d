/**
 * GET /api/snapshots/board and /api/snapshots/pipeline over a World: the contract's replay of each
 * timeline up to the asked day (never later than today), exactly as the server computes it.
 */
import {
  computeBoardSnapshot,
  computePipelineSnapshot,
  notLaterThan,
  type BoardSnapshot,
  type BoardSnapshotQuery,
  type PipelineSnapshot,
  type PipelineSnapshotQuery,
  type World,
} from '#contract'
import type { MockRules } from './lists'

/** The bottleneck board as it stood at the end of the asked day. */
export function boardSnapshotOf(world: World, q: BoardSnapshotQuery, today: string, rules: MockRules): BoardSnapshot {
  const names = new Map(world.enterprises.map(e => [e.id, e.name]))
  const departments = new Map(world.departments.map(d => [d.id, d]))
  return computeBoardSnapshot(
    world.bottlenecks,
    { ...q, asOf: notLaterThan(q.asOf, today) },
    { cal: rules.calendar, limits: rules.limits, departments },
    id => names.get(id)!,
  )
}

/** The recommendation pipeline as it stood at the end of the asked day. */
export function pipelineSnapshotOf(world: World, q: PipelineSnapshotQuery, today: string): PipelineSnapshot {
  return computePipelineSnapshot(world.recommendations, { ...q, asOf: notLaterThan(q.asOf, today) })
}
