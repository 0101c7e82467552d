import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, chain, county, department, idParam } from '#contract'
import type { RouteContext } from '../context'
import { listChains, listCounties, listDepartments } from '../repositories/reference'
import { notFound } from '../errors'

/** Chains, counties and departments. */
export const referenceRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get('/chains', { schema: { tags: ['reference'], response: { 200: z.array(chain) } } }, async () => listChains(db))
  app.get(
    '/chains/:id',
    { schema: { tags: ['reference'], params: idParam, response: { 200: chain, 404: apiErrorBody } } },
    async req => {
      const [found] = await listChains(db, req.params.id)
      if (!found) throw notFound('chain', req.params.id)
      return found
    },
  )
  app.get('/counties', { schema: { tags: ['reference'], response: { 200: z.array(county) } } }, async () =>
    listCounties(db),
  )
  app.get('/departments', { schema: { tags: ['reference'], response: { 200: z.array(department) } } }, async () =>
    listDepartments(db),
  )
}
