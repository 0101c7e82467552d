/**
 * The GET routes of the mock as each user reads them (issue 10, voiding): everything over the
 * world without voided records, except a record's detail read by an admin, who still sees a voided
 * record (with `voidedAt` and `voidReason`), as on the server.
 */
import type { RouteDef } from '#contract'
import type { MockResponse, SignedInRequest } from './exchange'
import { liveWorld } from './liveWorld'
import { createMockRoutes } from './routes'
import type { MockState } from './state'

/** The details an admin reads voided records through. */
const DETAILS_WITH_VOIDED = new Set(['/api/visits/:id', '/api/bottlenecks/:id', '/api/recommendations/:id'])

export interface ReadRoute {
  method: 'GET'
  path: string
  def?: RouteDef
  handle(req: SignedInRequest, params: Record<string, string>): MockResponse
}

/** The read routes over `state` (health left out: the dispatcher answers it without a session). */
export function createReadRoutes(state: MockState): ReadRoute[] {
  const opts = { today: state.clock.today, rules: () => ({ calendar: state.calendar, limits: state.limits }) }
  const everything = new Map(createMockRoutes(state.world, opts).map(r => [r.path, r]))
  return createMockRoutes(liveWorld(state.world), opts)
    .filter(r => r.path !== '/api/health')
    .map(r => ({
      method: 'GET',
      path: r.path,
      def: r.def,
      handle: (req, params) => {
        const route = req.user.role === 'admin' && DETAILS_WITH_VOIDED.has(r.path) ? everything.get(r.path)! : r
        // The signed-in user goes along: enterprise contacts read in full or masked as they need.
        return route.handle(params, req.query, req.user)
      },
    }))
}
