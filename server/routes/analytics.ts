import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, overview, analyticsAsOfQuery, trends } from '#contract'
import type { RouteContext } from '../context'
import { buildOverview } from '../services/overview'
import { buildOverviewAsOf } from '../services/overviewAsOf'
import { buildTrends } from '../services/trends'
import { buildTrendsAsOf } from '../services/trendsAsOf'
import { pageKey, sendCachedPage } from './cachedPage'

/**
 * Overview and Trends, served as cached JSON keyed on data_version, query and today: a hit skips
 * the queries and the response schema's validation alike.
 */
export const analyticsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, cache }) => {
  app.get(
    '/overview',
    {
      schema: { tags: ['analytics'], querystring: analyticsAsOfQuery, response: { 200: overview, 400: apiErrorBody } },
    },
    async (req, reply) => {
      const day = today()
      const { asOf, ...filters } = req.query
      // A past asOf replays the records to that day (frozen presentations); from today on it is today.
      const build =
        asOf !== undefined && asOf < day
          ? () => buildOverviewAsOf(db, filters, asOf)
          : () => buildOverview(db, filters, day)
      return sendCachedPage(reply, cache, pageKey('overview', req.query, day), build)
    },
  )
  app.get(
    '/trends',
    { schema: { tags: ['analytics'], querystring: analyticsAsOfQuery, response: { 200: trends, 400: apiErrorBody } } },
    async (req, reply) => {
      const day = today()
      const { asOf, ...filters } = req.query
      const build =
        asOf !== undefined && asOf < day
          ? () => buildTrendsAsOf(db, filters, asOf)
          : () => buildTrends(db, filters, day)
      return sendCachedPage(reply, cache, pageKey('trends', req.query, day), build)
    },
  )
}
