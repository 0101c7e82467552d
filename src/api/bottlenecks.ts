import {
  bottleneck,
  bottleneckView,
  paged,
  type Bottleneck,
  type BottleneckView,
  type BottleneckListQuery,
  type Paged,
} from '#contract'
import { getJson } from './http'
import { toListParams } from './listParams'

/** A page of bottlenecks matching the query (status, category, warning, overdue, department...). */
export function fetchBottlenecks(query: Partial<BottleneckListQuery> = {}): Promise<Paged<Bottleneck>> {
  return getJson('/api/bottlenecks', paged(bottleneck), toListParams(query))
}

/** One bottleneck with its full event timeline; rejects with ApiError status 404 when missing. */
export function fetchBottleneck(id: number): Promise<BottleneckView> {
  return getJson(`/api/bottlenecks/${id}`, bottleneckView)
}
