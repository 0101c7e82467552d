/** /api/admin/enterprises (contract/routes/admin.ts): one enterprise with its version, create and edit (the list is GET /api/enterprises). */
import type { FastifyPluginAsync } from 'fastify'
import { adminEnterpriseRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { notFound } from '../errors'
import { findAdminEnterprise } from '../repositories/adminEnterprises'
import { createEnterprise, patchEnterprise } from '../services/adminEnterprises'
import { adminOf } from './adminGuard'
import { serve } from './serve'

export const adminEnterpriseRoutes: FastifyPluginAsync<ApiContext> = async (app, { db, now }) => {
  serve(app, routes.get, async req => {
    const found = await findAdminEnterprise(db, req.params.id)
    if (!found) throw notFound('enterprise', req.params.id)
    return found
  })
  serve(app, routes.create, async req => createEnterprise(db, adminOf(req, now), req.body))
  serve(app, routes.edit, async req => patchEnterprise(db, adminOf(req, now), req.params.id, req.body))
}
