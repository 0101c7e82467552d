/**
 * A bottleneck's or recommendation's detail as the API answers it (contract/recordViews.ts): the
 * stored record with whose turn it is now and who took each step, read from the accounts as they
 * are at the time of the answer. Every detail read and write answer goes through here, and so does
 * the record a 409 stale_version carries (`current`, the record as the GET shows it now).
 */
import type { Kysely } from 'kysely'
import {
  bottleneckViewOf,
  recommendationViewOf,
  type BottleneckDetail,
  type BottleneckView,
  type RecommendationDetail,
  type RecommendationView,
} from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { listTurnAccounts } from '../repositories/turnAccounts'

/** The bottleneck as a reader gets it. */
export async function bottleneckView(db: Kysely<Database>, b: BottleneckDetail): Promise<BottleneckView> {
  return bottleneckViewOf(b, await listTurnAccounts(db))
}

/** The recommendation as a reader gets it. */
export async function recommendationView(db: Kysely<Database>, r: RecommendationDetail): Promise<RecommendationView> {
  return recommendationViewOf(r, await listTurnAccounts(db))
}

/**
 * Runs a write of one record and answers the record as `view` shows it; a 409 stale_version
 * carries its `current` record the same way.
 */
export async function answeredAsView<T, V>(write: () => Promise<T>, view: (record: T) => Promise<V>): Promise<V> {
  let record: T
  try {
    record = await write()
  } catch (err) {
    const current = err instanceof ApiProblem && err.code === 'stale_version' ? err.details?.current : undefined
    if (!current || !(err instanceof ApiProblem)) throw err
    throw new ApiProblem(err.statusCode, err.code, err.message, err.fields, {
      ...err.details,
      current: await view(current as T),
    })
  }
  return view(record)
}
