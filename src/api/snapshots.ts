import {
  boardSnapshot,
  pipelineSnapshot,
  type BoardSnapshot,
  type BoardSnapshotQuery,
  type PipelineSnapshot,
  type PipelineSnapshotQuery,
} from '#contract'
import { getJson, type ReadOptions } from './http'

/** Drops the filters left unset, so the query string carries only what was chosen. */
function params(query: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined))
}

/** The bottleneck board as it stood at the end of `asOf` (today's board when asOf is today). */
export function fetchBoardSnapshot(query: BoardSnapshotQuery, options: ReadOptions = {}): Promise<BoardSnapshot> {
  return getJson('/api/snapshots/board', boardSnapshot, params(query), options)
}

/** The recommendation pipeline as it stood at the end of `asOf`. */
export function fetchPipelineSnapshot(
  query: PipelineSnapshotQuery,
  options: ReadOptions = {},
): Promise<PipelineSnapshot> {
  return getJson('/api/snapshots/pipeline', pipelineSnapshot, params(query), options)
}
