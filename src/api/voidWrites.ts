/** Voiding (作废) a visit, bottleneck or recommendation: admin only, on the version read, with a reason. */
import {
  bottleneckRoutes,
  recommendationRoutes,
  visitRoutes,
  type RouteAnswer,
  type RouteDef,
  type VoidRequest,
} from '#contract'
import { call } from './call'

/** The kinds of record that can be voided, by their path under /api. */
export type VoidableKind = 'visits' | 'bottlenecks' | 'recommendations'

const VOID_ROUTES = {
  visits: visitRoutes.void,
  bottlenecks: bottleneckRoutes.void,
  recommendations: recommendationRoutes.void,
}

/**
 * Voids record `id` of `kind` → the voided record (with `voidedAt`, `voidReason`). 403 for anyone
 * but an admin, 409 stale_version on another version, 409 conflict when it is voided already.
 */
export function sendVoid<K extends VoidableKind>(
  kind: K,
  id: number,
  body: VoidRequest,
): Promise<RouteAnswer<(typeof VOID_ROUTES)[K]>> {
  // One call for the three kinds; the answer's type is the kind's, as the route's schema checks it.
  const route: RouteDef = VOID_ROUTES[kind]
  return call(route, { params: { id }, body }) as Promise<RouteAnswer<(typeof VOID_ROUTES)[K]>>
}
