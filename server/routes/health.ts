import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { RouteContext } from '../context'
import { dialectOf } from '../db/dialect'

const health = z.object({ status: z.literal('ok'), mode: z.literal('live'), db: z.enum(['sqlite', 'postgres']) })

/** Liveness for load balancers and the SPA's mode check; open without a session. */
export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get('/api/health', { schema: { tags: ['health'], response: { 200: health } } }, async () => ({
    status: 'ok' as const,
    mode: 'live' as const,
    db: dialectOf(db),
  }))
}
