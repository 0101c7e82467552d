import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, enterprise, enterpriseListQuery, idParam, paged } from '#contract'
import type { RouteContext } from '../context'
import { findEnterprise, listEnterprises } from '../repositories/enterprises'
import { notFound } from '../errors'
import { pageKey, sendCachedPage } from './cachedPage'

export const enterpriseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, pages }) => {
  app.get('/enterprises', { schema: { tags: ['enterprises'], querystring: enterpriseListQuery, response: { 200: paged(enterprise), 400: apiErrorBody } } },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, pages, pageKey('enterprises', req.query, day), () => listEnterprises(db, req.query))
    })
  app.get('/enterprises/:id', { schema: { tags: ['enterprises'], params: idParam, response: { 200: enterprise, 404: apiErrorBody } } }, async (req) => {
    const found = await findEnterprise(db, req.params.id)
    if (!found) throw notFound('enterprise', req.params.id)
    return found
  })
}
