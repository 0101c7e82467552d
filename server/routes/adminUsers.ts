/** /api/admin/users: list, create, edit (role, scope, name, active), reset a password. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  adminUser,
  adminUserList,
  apiErrorBody,
  idParam,
  passwordResetRequest,
  userCreateRequest,
  userPatchRequest,
} from '#contract'
import type { ApiContext } from '../context'
import { notFound } from '../errors'
import { listAdminUsers } from '../repositories/adminUsers'
import { createUser, patchUser, resetPassword } from '../services/adminUsers'
import { adminOf } from './adminGuard'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['admin']

export const adminUserRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, now }) => {
  app.get('/admin/users', { schema: { tags, response: { 200: adminUserList, ...errors } } }, async () => ({
    items: await listAdminUsers(db),
  }))

  app.get(
    '/admin/users/:id',
    { schema: { tags, params: idParam, response: { 200: adminUser, ...errors } } },
    async req => {
      const [found] = await listAdminUsers(db, req.params.id)
      if (!found) throw notFound('user', req.params.id)
      return found
    },
  )

  app.post(
    '/admin/users',
    { schema: { tags, body: userCreateRequest, response: { 201: adminUser, ...errors } } },
    async (req, reply) => {
      return reply.code(201).send(await createUser(db, adminOf(req, now), req.body))
    },
  )

  app.patch(
    '/admin/users/:id',
    { schema: { tags, params: idParam, body: userPatchRequest, response: { 200: adminUser, ...errors } } },
    async req => patchUser(db, adminOf(req, now), req.params.id, req.body),
  )

  app.post(
    '/admin/users/:id/password',
    { schema: { tags, params: idParam, body: passwordResetRequest, response: { 200: adminUser, ...errors } } },
    async req => resetPassword(db, adminOf(req, now), req.params.id, req.body),
  )
}
