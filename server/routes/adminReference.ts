/**
 * /api/admin/chains and /api/admin/departments (contract/routes/admin.ts): the reference records
 * with their versions, and their edits; creating and retiring chains and segments; /api/admin/setup,
 * the first-run set-up.
 */
import type { FastifyPluginAsync } from 'fastify'
import { adminReferenceRoutes as routes } from '#contract'
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
import { serve } from './serve'

export const adminReferenceRoutes: FastifyPluginAsync<ApiContext> = async (app, { db, now, today }) => {
  serve(app, routes.chains, async () => listAdminChains(db))
  serve(app, routes.editChain, async req => patchChain(db, adminOf(req, now), req.params.id, req.body))
  serve(app, routes.createChain, async req => createChain(db, adminOf(req, now), req.body))
  serve(app, routes.chainRetirement, async req =>
    setChainRetirement(db, adminOf(req, now), today(), req.params.id, req.body),
  )
  serve(app, routes.segmentRetirement, async req =>
    setSegmentRetirement(db, adminOf(req, now), today(), req.params.id, req.params.segmentId, req.body),
  )
  serve(app, routes.setup, async () => setupStatus(db))
  serve(app, routes.setupTemplate, async () => setupTemplate())
  serve(app, routes.departments, async () => listAdminDepartments(db))
  serve(app, routes.createDepartment, async req => createDepartment(db, adminOf(req, now), req.body))
  serve(app, routes.editDepartment, async req => patchDepartment(db, adminOf(req, now), req.params.id, req.body))
}
