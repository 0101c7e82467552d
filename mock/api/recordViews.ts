/**
 * A bottleneck's or recommendation's detail as the mock answers it, as the server does
 * (server/services/recordViews.ts): the stored record with whose turn it is now and who took each
 * step, read from world.users at the time of the answer (contract/recordViews.ts).
 */
import {
  bottleneckViewOf,
  recommendationViewOf,
  type ApiErrorBody,
  type BottleneckDetail,
  type BottleneckView,
  type RecommendationDetail,
  type RecommendationView,
  type World,
} from '#contract'
import type { MockResponse } from './exchange'

/** The bottleneck as a reader gets it. */
export function bottleneckView(world: Pick<World, 'users'>, b: BottleneckDetail): BottleneckView {
  return bottleneckViewOf(b, world.users)
}

/** The recommendation as a reader gets it. */
export function recommendationView(world: Pick<World, 'users'>, r: RecommendationDetail): RecommendationView {
  return recommendationViewOf(r, world.users)
}

/**
 * A write's answer with its record as a reader gets it (a 200 or 201), and a 409 stale_version's
 * `current` record likewise, as the server answers them; other errors pass untouched.
 */
export function answeredAsView<T>(response: MockResponse, view: (record: T) => unknown): MockResponse {
  if (response.status === 200 || response.status === 201) return { ...response, body: view(response.body as T) }
  const error = (response.body as ApiErrorBody | null)?.error
  if (response.status === 409 && error?.code === 'stale_version' && error.current)
    return { ...response, body: { error: { ...error, current: view(error.current as T) } } }
  return response
}
