/** GET /api/audit (a record's audit entries, newest first) and GET /api/queue (what waits on the signed-in user). */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, auditList, auditQuery, bottleneck, recommendation } from '#contract'
import type { ApiContext } from '../context'
import { listAuditEntries } from '../repositories/audit'
import { signedIn } from '../plugins/sessionGuard'
import { queueFor } from '../services/queue'

const queueResponse = z.object({ bottlenecks: z.array(bottleneck), recommendations: z.array(recommendation) })

export const workflowReadRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, today }) => {
  app.get('/audit', { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditList, 400: apiErrorBody } } },
    async request => ({ items: await listAuditEntries(db, request.query.entityType, request.query.entityId) }))

  app.get('/queue', { schema: { tags: ['workflow'], description: 'What waits on the signed-in user: at most 200 bottlenecks (most urgent first) and 200 recommendations.', response: { 200: queueResponse } } },
    async request => queueFor(db, signedIn(request), today()))
}
