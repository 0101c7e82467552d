import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, bottleneck, bottleneckDetail, bottleneckListQuery, idParam, paged } from '#contract'
import type { RouteContext } from '../context'
import { findBottleneck, listBottlenecks } from '../repositories/bottlenecks'
import { notFound } from '../errors'

export const bottleneckRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today }) => {
  app.get('/bottlenecks', { schema: { tags: ['bottlenecks'], querystring: bottleneckListQuery, response: { 200: paged(bottleneck), 400: apiErrorBody } } },
    async req => listBottlenecks(db, req.query, today()))
  app.get('/bottlenecks/:id', { schema: { tags: ['bottlenecks'], params: idParam, response: { 200: bottleneckDetail, 404: apiErrorBody } } }, async (req) => {
    const found = await findBottleneck(db, req.params.id, today())
    if (!found) throw notFound('bottleneck', req.params.id)
    return found
  })
}
