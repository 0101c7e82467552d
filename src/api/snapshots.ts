import {
  analyticsRoutes,
  type BoardSnapshot,
  type BoardSnapshotQuery,
  type PipelineSnapshot,
  type PipelineSnapshotQuery,
} from '#contract'
import { call } from './call'
import type { ReadOptions } from './http'

/** The bottleneck board as it stood at the end of `asOf` (today's board when asOf is today). */
export function fetchBoardSnapshot(query: BoardSnapshotQuery, options: ReadOptions = {}): Promise<BoardSnapshot> {
  return call(analyticsRoutes.boardSnapshot, { query }, options)
}

/** The recommendation pipeline as it stood at the end of `asOf`. */
export function fetchPipelineSnapshot(
  query: PipelineSnapshotQuery,
  options: ReadOptions = {},
): Promise<PipelineSnapshot> {
  return call(analyticsRoutes.pipelineSnapshot, { query }, options)
}
