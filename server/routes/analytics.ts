import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { analyticsQuery, apiErrorBody, overview, trends } from '#contract'
import type { RouteContext } from '../context'
import { buildOverview } from '../services/overview'
import { buildTrends } from '../services/trends'

/** Overview and Trends, served from the per-process cache keyed on data_version, query and today. */
export const analyticsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, cache }) => {
  const keyOf = (kind: string, q: object, day: string) => `${kind}|${day}|${JSON.stringify(q)}`
  app.get('/overview', { schema: { tags: ['analytics'], querystring: analyticsQuery, response: { 200: overview, 400: apiErrorBody } } }, async (req) => {
    const day = today()
    return cache.get(keyOf('overview', req.query, day), () => buildOverview(db, req.query, day))
  })
  app.get('/trends', { schema: { tags: ['analytics'], querystring: analyticsQuery, response: { 200: trends, 400: apiErrorBody } } }, async (req) => {
    const day = today()
    return cache.get(keyOf('trends', req.query, day), () => buildTrends(db, req.query, day))
  })
}
