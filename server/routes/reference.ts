/** Chains, counties and departments (contract/routes/reference.ts): plain reads, straight from the repository. */
import type { FastifyPluginAsync } from 'fastify'
import { referenceRoutes as routes } from '#contract'
import type { RouteContext } from '../context'
import { listChains, listCounties, listDepartments } from '../repositories/reference'
import { notFound } from '../errors'
import { serve } from './serve'

export const referenceRoutes: FastifyPluginAsync<RouteContext> = async (app, { db }) => {
  serve(app, routes.chains, async () => listChains(db))
  serve(app, routes.chain, async req => {
    const [found] = await listChains(db, req.params.id)
    if (!found) throw notFound('chain', req.params.id)
    return found
  })
  serve(app, routes.counties, async () => listCounties(db))
  serve(app, routes.departments, async () => listDepartments(db))
}
