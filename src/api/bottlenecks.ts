import { bottleneckRoutes, type Bottleneck, type BottleneckListQuery, type BottleneckView, type Paged } from '#contract'
import { call } from './call'

/** A page of bottlenecks matching the query (status, category, warning, overdue, department...). */
export function fetchBottlenecks(query: Partial<BottleneckListQuery> = {}): Promise<Paged<Bottleneck>> {
  return call(bottleneckRoutes.list, { query })
}

/** One bottleneck with its full event timeline; rejects with ApiError status 404 when missing. */
export function fetchBottleneck(id: number): Promise<BottleneckView> {
  return call(bottleneckRoutes.get, { params: { id } })
}
