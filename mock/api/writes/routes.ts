/**
 * The write path's routes (and its two reads, audit and queue), by their manifest entries
 * (contract/routes): the dispatcher checks roles and parses the input before a handler runs. A
 * bottleneck's or recommendation's write answers its record as the GET does, with whose turn it is now.
 */
import {
  bottleneckRoutes,
  recommendationRoutes,
  visitRoutes,
  workflowRoutes,
  type BottleneckDetail,
  type RecommendationDetail,
} from '#contract'
import type { MockResponse } from '../exchange'
import type { MockState } from '../state'
import { listAudit } from '../audit'
import { mockRoute, type ManifestRoute } from '../manifestRoute'
import { answeredAsView, bottleneckView, recommendationView } from '../recordViews'
import { myQueue } from '../queue'
import { patchBottleneckRoute, postBottleneck, postBottleneckTransition } from './bottlenecks'
import { patchRecommendationRoute, postRecommendation, postRecommendationTransition } from './recommendations'
import { patchVisitRoute, postVisit } from './visits'
import { postVoid } from './void'

/** The routes over `state`. */
export function createWorkflowRoutes(state: MockState): ManifestRoute[] {
  const asBottleneck = (res: MockResponse) => answeredAsView<BottleneckDetail>(res, b => bottleneckView(state.world, b))
  const asRecommendation = (res: MockResponse) =>
    answeredAsView<RecommendationDetail>(res, r => recommendationView(state.world, r))
  return [
    mockRoute(visitRoutes.create, (req, { body }) => postVisit(state, req, body)),
    mockRoute(visitRoutes.edit, (req, { params, body }) => patchVisitRoute(state, req, params.id, body)),
    mockRoute(visitRoutes.void, (req, { params, body }) => postVoid(state, 'visit', req, params.id, body)),
    mockRoute(bottleneckRoutes.create, (req, { body }) => asBottleneck(postBottleneck(state, req, body))),
    mockRoute(bottleneckRoutes.edit, (req, { params, body }) =>
      asBottleneck(patchBottleneckRoute(state, req, params.id, body)),
    ),
    mockRoute(bottleneckRoutes.transition, (req, { params, body }) =>
      asBottleneck(postBottleneckTransition(state, req, params.id, body)),
    ),
    mockRoute(bottleneckRoutes.void, (req, { params, body }) =>
      asBottleneck(postVoid(state, 'bottleneck', req, params.id, body)),
    ),
    mockRoute(recommendationRoutes.create, (req, { body }) => asRecommendation(postRecommendation(state, req, body))),
    mockRoute(recommendationRoutes.edit, (req, { params, body }) =>
      asRecommendation(patchRecommendationRoute(state, req, params.id, body)),
    ),
    mockRoute(recommendationRoutes.transition, (req, { params, body }) =>
      asRecommendation(postRecommendationTransition(state, req, params.id, body)),
    ),
    mockRoute(recommendationRoutes.void, (req, { params, body }) =>
      asRecommendation(postVoid(state, 'recommendation', req, params.id, body)),
    ),
    mockRoute(workflowRoutes.audit, (req, { query }) => listAudit(state, req, query)),
    mockRoute(workflowRoutes.queue, req => myQueue(state, req)),
  ]
}
