import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, bottleneck, bottleneckListQuery, bottleneckView, idParam, paged } from '#contract'
import type { RouteContext } from '../context'
import { findBottleneck, listBottlenecks } from '../repositories/bottlenecks'
import { notFound } from '../errors'
import { bottleneckView as viewOf } from '../services/recordViews'
import { signedIn } from '../plugins/sessionGuard'
import { pageKey, sendCachedPage } from './cachedPage'

export const bottleneckRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, pages }) => {
  app.get(
    '/bottlenecks',
    {
      schema: {
        tags: ['bottlenecks'],
        querystring: bottleneckListQuery,
        response: { 200: paged(bottleneck), 400: apiErrorBody },
      },
    },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, pages, pageKey('bottlenecks', req.query, day), () =>
        listBottlenecks(db, req.query, day),
      )
    },
  )
  app.get(
    '/bottlenecks/:id',
    { schema: { tags: ['bottlenecks'], params: idParam, response: { 200: bottleneckView, 404: apiErrorBody } } },
    async req => {
      // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
      const found = await findBottleneck(db, req.params.id, today(), { includeVoided: signedIn(req).role === 'admin' })
      if (!found) throw notFound('bottleneck', req.params.id)
      // With whose turn it is now and who took each step (issue 11).
      return viewOf(db, found)
    },
  )
}
