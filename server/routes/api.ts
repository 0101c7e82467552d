/**
 * Every /api route that will need a session, in one encapsulated plugin: the accounts issue adds
 * its preHandler here, without touching the routes. Health and the OpenAPI document stay outside.
 */
import type { FastifyPluginAsync } from 'fastify'
import type { RouteContext } from '../context'
import { referenceRoutes } from './reference'
import { enterpriseRoutes } from './enterprises'
import { visitRoutes } from './visits'
import { bottleneckRoutes } from './bottlenecks'
import { recommendationRoutes } from './recommendations'
import { analyticsRoutes } from './analytics'

export const apiRoutes: FastifyPluginAsync<RouteContext> = async (app, { db, today, cache, pages }) => {
  // Pass only the context on: the options also carry this plugin's prefix, which must not repeat.
  const context: RouteContext = { db, today, cache, pages }
  // The session guard goes here (a preHandler resolving readSessionToken → userForToken, 401 without
  // a session) once the SPA has its login page; /api/auth/* and /api/health live outside this plugin.
  for (const routes of [referenceRoutes, enterpriseRoutes, visitRoutes, bottleneckRoutes, recommendationRoutes, analyticsRoutes]) {
    await app.register(routes, context)
  }
}
