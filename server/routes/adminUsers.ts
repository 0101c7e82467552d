/** /api/admin/users (contract/routes/admin.ts): list, one, create, edit (role, scope, name, active), reset a password. */
import type { FastifyPluginAsync } from 'fastify'
import { adminUserRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { notFound } from '../errors'
import { listAdminUsers } from '../repositories/adminUsers'
import { createUser, patchUser, resetPassword } from '../services/adminUsers'
import { adminOf } from './adminGuard'
import { serve } from './serve'

export const adminUserRoutes: FastifyPluginAsync<ApiContext> = async (app, { db, now }) => {
  serve(app, routes.list, async () => ({ items: await listAdminUsers(db) }))
  serve(app, routes.get, async req => {
    const [found] = await listAdminUsers(db, req.params.id)
    if (!found) throw notFound('user', req.params.id)
    return found
  })
  serve(app, routes.create, async req => createUser(db, adminOf(req, now), req.body))
  serve(app, routes.edit, async req => patchUser(db, adminOf(req, now), req.params.id, req.body))
  serve(app, routes.resetPassword, async req => resetPassword(db, adminOf(req, now), req.params.id, req.body))
}
