/**
 * /api/admin/chains and /api/admin/departments: the reference records with their versions, and
 * their edits; creating and retiring chains and segments; /api/admin/setup, the first-run set-up.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  adminChain,
  adminDepartment,
  apiErrorBody,
  chainCreateRequest,
  chainPatchRequest,
  departmentCreateRequest,
  departmentPatchRequest,
  idParam,
  retirementRequest,
  segmentParams,
  setupStatus as setupStatusBody,
  setupTemplate as setupTemplateBody,
} from '#contract'
import type { ApiContext } from '../context'
import { listAdminChains, listAdminDepartments } from '../repositories/adminReference'
import {
  createChain,
  createDepartment,
  patchChain,
  patchDepartment,
  setChainRetirement,
  setSegmentRetirement,
} from '../services/adminReference'
import { setupStatus, setupTemplate } from '../services/setup'
import { adminOf } from './adminGuard'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['admin']

export const adminReferenceRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, now, today }) => {
  app.get('/admin/chains', { schema: { tags, response: { 200: z.array(adminChain), ...errors } } }, async () =>
    listAdminChains(db),
  )

  app.patch(
    '/admin/chains/:id',
    { schema: { tags, params: idParam, body: chainPatchRequest, response: { 200: adminChain, ...errors } } },
    async req => patchChain(db, adminOf(req, now), req.params.id, req.body),
  )

  app.post(
    '/admin/chains',
    { schema: { tags, body: chainCreateRequest, response: { 201: adminChain, ...errors } } },
    async (req, reply) => {
      return reply.code(201).send(await createChain(db, adminOf(req, now), req.body))
    },
  )

  app.post(
    '/admin/chains/:id/retirement',
    {
      schema: {
        tags,
        description:
          'Retire a chain (retired: true), keeping its records, or bring it back into use; the last chain in use stays.',
        params: idParam,
        body: retirementRequest,
        response: { 200: adminChain, ...errors },
      },
    },
    async req => setChainRetirement(db, adminOf(req, now), today(), req.params.id, req.body),
  )

  app.post(
    '/admin/chains/:id/segments/:segmentId/retirement',
    {
      schema: {
        tags,
        description: "Retire a segment or bring it back, with the chain's version; a chain keeps one segment in use.",
        params: segmentParams,
        body: retirementRequest,
        response: { 200: adminChain, ...errors },
      },
    },
    async req => setSegmentRetirement(db, adminOf(req, now), today(), req.params.id, req.params.segmentId, req.body),
  )

  app.get(
    '/admin/setup',
    {
      schema: {
        tags,
        description: 'How far the first-run set-up is, and the leader names still to correct.',
        response: { 200: setupStatusBody, ...errors },
      },
    },
    async () => setupStatus(db),
  )

  app.get(
    '/admin/setup/template',
    {
      schema: {
        tags,
        description: "The Yanbian template: departments and chains with their segments, no people's names.",
        response: { 200: setupTemplateBody, ...errors },
      },
    },
    async () => setupTemplate(),
  )

  app.get(
    '/admin/departments',
    { schema: { tags, response: { 200: z.array(adminDepartment), ...errors } } },
    async () => listAdminDepartments(db),
  )

  app.post(
    '/admin/departments',
    { schema: { tags, body: departmentCreateRequest, response: { 201: adminDepartment, ...errors } } },
    async (req, reply) => {
      return reply.code(201).send(await createDepartment(db, adminOf(req, now), req.body))
    },
  )

  app.patch(
    '/admin/departments/:id',
    { schema: { tags, params: idParam, body: departmentPatchRequest, response: { 200: adminDepartment, ...errors } } },
    async req => patchDepartment(db, adminOf(req, now), req.params.id, req.body),
  )
}
