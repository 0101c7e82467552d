/** /api/admin/chains and /api/admin/departments: the reference records with their versions, and their edits. */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  adminChain, adminDepartment, apiErrorBody, chainPatchRequest, departmentCreateRequest, departmentPatchRequest, idParam,
} from '#contract'
import type { ApiContext } from '../context'
import { listAdminChains, listAdminDepartments } from '../repositories/adminReference'
import { createDepartment, patchChain, patchDepartment } from '../services/adminReference'
import { adminOf } from './adminGuard'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['admin']

export const adminReferenceRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, now }) => {
  app.get('/admin/chains', { schema: { tags, response: { 200: z.array(adminChain), ...errors } } }, async () => listAdminChains(db))

  app.patch('/admin/chains/:id', { schema: { tags, params: idParam, body: chainPatchRequest, response: { 200: adminChain, ...errors } } },
    async req => patchChain(db, adminOf(req, now), req.params.id, req.body))

  app.get('/admin/departments', { schema: { tags, response: { 200: z.array(adminDepartment), ...errors } } }, async () => listAdminDepartments(db))

  app.post('/admin/departments', { schema: { tags, body: departmentCreateRequest, response: { 201: adminDepartment, ...errors } } }, async (req, reply) => {
    return reply.code(201).send(await createDepartment(db, adminOf(req, now), req.body))
  })

  app.patch('/admin/departments/:id', { schema: { tags, params: idParam, body: departmentPatchRequest, response: { 200: adminDepartment, ...errors } } },
    async req => patchDepartment(db, adminOf(req, now), req.params.id, req.body))
}
