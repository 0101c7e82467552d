import { paged, visit, type Paged, type Visit, type VisitListQuery } from '#contract'
import { getJson } from './http'
import { toListParams } from './listParams'

/** A page of visits matching the query (chain, county, period, type, enterprise, search, sort). */
export function fetchVisits(query: Partial<VisitListQuery> = {}): Promise<Paged<Visit>> {
  return getJson('/api/visits', paged(visit), toListParams(query))
}

/** One visit by id; rejects with ApiError status 404 when it does not exist. */
export function fetchVisit(id: number): Promise<Visit> {
  return getJson(`/api/visits/${id}`, visit)
}
