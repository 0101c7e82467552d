/**
 * The figures of the manifest (contract/routes/analytics.ts): the Overview, Trends, the year in
 * review and the frozen board and pipeline, each served as cached JSON keyed on data_version, query
 * and today, so a hit skips the queries and the response schema's validation alike. A past asOf
 * replays the records to that day (frozen presentations); from today on it is today.
 */
import type { FastifyPluginAsync } from 'fastify'
import { analyticsRoutes as routes } from '#contract'
import type { RouteContext } from '../context'
import { buildOverview } from '../services/overview'
import { buildOverviewAsOf } from '../services/overviewAsOf'
import { buildTrends } from '../services/trends'
import { buildTrendsAsOf } from '../services/trendsAsOf'
import { buildYearReview } from '../services/yearReview'
import { buildBoardSnapshot, buildPipelineSnapshot } from '../services/snapshots'
import { pageKey, sendCachedPage } from './cachedPage'
import { serve } from './serve'

export const analyticsRoutes: FastifyPluginAsync<RouteContext> = async (app, { db, today, cache }) => {
  serve(app, routes.overview, async (req, reply) => {
    const day = today()
    const { asOf, ...filters } = req.query
    const build =
      asOf !== undefined && asOf < day
        ? () => buildOverviewAsOf(db, filters, asOf)
        : () => buildOverview(db, filters, day)
    return sendCachedPage(reply, cache, pageKey('overview', req.query, day), build)
  })
  serve(app, routes.trends, async (req, reply) => {
    const day = today()
    const { asOf, ...filters } = req.query
    const build =
      asOf !== undefined && asOf < day ? () => buildTrendsAsOf(db, filters, asOf) : () => buildTrends(db, filters, day)
    return sendCachedPage(reply, cache, pageKey('trends', req.query, day), build)
  })
  serve(app, routes.yearReview, async (req, reply) => {
    const day = today()
    return sendCachedPage(reply, cache, pageKey('year-review', req.query, day), () =>
      buildYearReview(db, req.query, day),
    )
  })
  serve(app, routes.boardSnapshot, async (req, reply) => {
    const day = today()
    return sendCachedPage(reply, cache, pageKey('snapshot-board', req.query, day), () =>
      buildBoardSnapshot(db, req.query, day),
    )
  })
  serve(app, routes.pipelineSnapshot, async (req, reply) => {
    const day = today()
    return sendCachedPage(reply, cache, pageKey('snapshot-pipeline', req.query, day), () =>
      buildPipelineSnapshot(db, req.query, day),
    )
  })
}
