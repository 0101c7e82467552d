/** The write path's routes (and its two reads, audit and queue), all behind the session guard. */
import type { MockResponse, SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { listAudit } from '../audit'
import { myQueue } from '../queue'
import { patchBottleneckRoute, postBottleneck, postBottleneckTransition } from './bottlenecks'
import { patchRecommendationRoute, postRecommendation, postRecommendationTransition } from './recommendations'
import { patchVisitRoute, postVisit } from './visits'
import { postVoid } from './void'

export interface WorkflowRoute {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  handle(req: SignedInRequest, params: Record<string, string>): MockResponse
}

/** The routes over `state`. */
export function createWorkflowRoutes(state: MockState): WorkflowRoute[] {
  return [
    { method: 'POST', path: '/api/visits', handle: req => postVisit(state, req) },
    { method: 'PATCH', path: '/api/visits/:id', handle: (req, p) => patchVisitRoute(state, req, p) },
    { method: 'POST', path: '/api/bottlenecks', handle: req => postBottleneck(state, req) },
    { method: 'PATCH', path: '/api/bottlenecks/:id', handle: (req, p) => patchBottleneckRoute(state, req, p) },
    { method: 'POST', path: '/api/bottlenecks/:id/transitions', handle: (req, p) => postBottleneckTransition(state, req, p) },
    { method: 'POST', path: '/api/recommendations', handle: req => postRecommendation(state, req) },
    { method: 'PATCH', path: '/api/recommendations/:id', handle: (req, p) => patchRecommendationRoute(state, req, p) },
    { method: 'POST', path: '/api/recommendations/:id/transitions', handle: (req, p) => postRecommendationTransition(state, req, p) },
    { method: 'POST', path: '/api/visits/:id/void', handle: (req, p) => postVoid(state, 'visit', req, p) },
    { method: 'POST', path: '/api/bottlenecks/:id/void', handle: (req, p) => postVoid(state, 'bottleneck', req, p) },
    { method: 'POST', path: '/api/recommendations/:id/void', handle: (req, p) => postVoid(state, 'recommendation', req, p) },
    { method: 'GET', path: '/api/audit', handle: req => listAudit(state, req) },
    { method: 'GET', path: '/api/queue', handle: req => myQueue(state, req) },
  ]
}
