import { visitRoutes, type Paged, type Visit, type VisitListQuery } from '#contract'
import { call } from './call'

/** A page of visits matching the query (chain, county, period, type, enterprise, search, sort). */
export function fetchVisits(query: Partial<VisitListQuery> = {}): Promise<Paged<Visit>> {
  return call(visitRoutes.list, { query })
}

/** One visit by id; rejects with ApiError status 404 when it does not exist. */
export function fetchVisit(id: number): Promise<Visit> {
  return call(visitRoutes.get, { params: { id } })
}
