import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, idParam, paged, recommendation, recommendationListQuery, recommendationView } from '#contract'
import type { RouteContext } from '../context'
import { findRecommendation, listRecommendations } from '../repositories/recommendations'
import { notFound } from '../errors'
import { recommendationView as viewOf } from '../services/recordViews'
import { signedIn } from '../plugins/sessionGuard'
import { pageKey, sendCachedPage } from './cachedPage'

export const recommendationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, pages }) => {
  app.get(
    '/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        querystring: recommendationListQuery,
        response: { 200: paged(recommendation), 400: apiErrorBody },
      },
    },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, pages, pageKey('recommendations', req.query, day), () =>
        listRecommendations(db, req.query),
      )
    },
  )
  app.get(
    '/recommendations/:id',
    {
      schema: { tags: ['recommendations'], params: idParam, response: { 200: recommendationView, 404: apiErrorBody } },
    },
    async req => {
      // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
      const found = await findRecommendation(db, req.params.id, { includeVoided: signedIn(req).role === 'admin' })
      if (!found) throw notFound('recommendation', req.params.id)
      // With whose turn it is now (issue 11).
      return viewOf(db, found)
    },
  )
}
