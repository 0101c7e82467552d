/**
 * The write path's routes (and its two reads, audit and queue), all behind the session guard. A
 * bottleneck's or recommendation's write answers its record as the GET does, with whose turn it is now.
 */
import type { BottleneckDetail, RecommendationDetail } from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { listAudit } from '../audit'
import { answeredAsView, bottleneckView, recommendationView } from '../recordViews'
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
  const asBottleneck = (res: MockResponse) => answeredAsView<BottleneckDetail>(res, b => bottleneckView(state.world, b))
  const asRecommendation = (res: MockResponse) =>
    answeredAsView<RecommendationDetail>(res, r => recommendationView(state.world, r))
  return [
    { method: 'POST', path: '/api/visits', handle: req => postVisit(state, req) },
    { method: 'PATCH', path: '/api/visits/:id', handle: (req, p) => patchVisitRoute(state, req, p) },
    { method: 'POST', path: '/api/bottlenecks', handle: req => asBottleneck(postBottleneck(state, req)) },
    {
      method: 'PATCH',
      path: '/api/bottlenecks/:id',
      handle: (req, p) => asBottleneck(patchBottleneckRoute(state, req, p)),
    },
    {
      method: 'POST',
      path: '/api/bottlenecks/:id/transitions',
      handle: (req, p) => asBottleneck(postBottleneckTransition(state, req, p)),
    },
    { method: 'POST', path: '/api/recommendations', handle: req => asRecommendation(postRecommendation(state, req)) },
    {
      method: 'PATCH',
      path: '/api/recommendations/:id',
      handle: (req, p) => asRecommendation(patchRecommendationRoute(state, req, p)),
    },
    {
      method: 'POST',
      path: '/api/recommendations/:id/transitions',
      handle: (req, p) => asRecommendation(postRecommendationTransition(state, req, p)),
    },
    { method: 'POST', path: '/api/visits/:id/void', handle: (req, p) => postVoid(state, 'visit', req, p) },
    {
      method: 'POST',
      path: '/api/bottlenecks/:id/void',
      handle: (req, p) => asBottleneck(postVoid(state, 'bottleneck', req, p)),
    },
    {
      method: 'POST',
      path: '/api/recommendations/:id/void',
      handle: (req, p) => asRecommendation(postVoid(state, 'recommendation', req, p)),
    },
    { method: 'GET', path: '/api/audit', handle: req => listAudit(state, req) },
    { method: 'GET', path: '/api/queue', handle: req => myQueue(state, req) },
  ]
}
