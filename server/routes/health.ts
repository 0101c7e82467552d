import type { FastifyPluginAsync } from 'fastify'
import { authRoutes } from '#contract'
import type { RouteContext } from '../context'
import { dialectOf } from '../db/dialect'
import { serve } from './serve'

/** Liveness for load balancers and the SPA's mode check; open without a session. */
export const healthRoutes: FastifyPluginAsync<RouteContext> = async (app, { db }) => {
  serve(app, authRoutes.health, async () => ({ status: 'ok' as const, mode: 'live' as const, db: dialectOf(db) }))
}
