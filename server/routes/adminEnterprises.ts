/** /api/admin/enterprises: one enterprise with its version, create and edit (the list is GET /api/enterprises). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { adminEnterprise, apiErrorBody, enterpriseCreateRequest, enterprisePatchRequest, idParam } from '#contract'
import type { ApiContext } from '../context'
import { notFound } from '../errors'
import { findAdminEnterprise } from '../repositories/adminEnterprises'
import { createEnterprise, patchEnterprise } from '../services/adminEnterprises'
import { adminOf } from './adminGuard'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['admin']

export const adminEnterpriseRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, now }) => {
  app.get(
    '/admin/enterprises/:id',
    { schema: { tags, params: idParam, response: { 200: adminEnterprise, ...errors } } },
    async req => {
      const found = await findAdminEnterprise(db, req.params.id)
      if (!found) throw notFound('enterprise', req.params.id)
      return found
    },
  )

  app.post(
    '/admin/enterprises',
    { schema: { tags, body: enterpriseCreateRequest, response: { 201: adminEnterprise, ...errors } } },
    async (req, reply) => {
      return reply.code(201).send(await createEnterprise(db, adminOf(req, now), req.body))
    },
  )

  app.patch(
    '/admin/enterprises/:id',
    { schema: { tags, params: idParam, body: enterprisePatchRequest, response: { 200: adminEnterprise, ...errors } } },
    async req => patchEnterprise(db, adminOf(req, now), req.params.id, req.body),
  )
}
