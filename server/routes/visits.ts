import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, idParam, paged, visit, visitListQuery } from '#contract'
import type { RouteContext } from '../context'
import { findVisit, listVisits } from '../repositories/visits'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { pageKey, sendCachedPage } from './cachedPage'

export const visitRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, pages }) => {
  app.get(
    '/visits',
    { schema: { tags: ['visits'], querystring: visitListQuery, response: { 200: paged(visit), 400: apiErrorBody } } },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, pages, pageKey('visits', req.query, day), () => listVisits(db, req.query))
    },
  )
  app.get(
    '/visits/:id',
    { schema: { tags: ['visits'], params: idParam, response: { 200: visit, 404: apiErrorBody } } },
    async req => {
      // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
      const found = await findVisit(db, req.params.id, { includeVoided: signedIn(req).role === 'admin' })
      if (!found) throw notFound('visit', req.params.id)
      return found
    },
  )
}
