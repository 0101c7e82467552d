/**
 * GET /api/audit (a record's audit entries, newest first, with labels for the ids they hold, for those who may read that kind of
 * record's audit: contract/audit.ts canReadAudit) and GET /api/queue (what waits on the signed-in user).
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  actorOf,
  apiErrorBody,
  auditEntryForReader,
  auditList,
  auditQuery,
  bottleneck,
  canReadAudit,
  recommendation,
} from '#contract'
import type { ApiContext } from '../context'
import { ApiProblem } from '../errors'
import { listAuditEntries } from '../repositories/audit'
import { auditLabelsOf } from '../repositories/auditLabels'
import { listTurnAccounts } from '../repositories/turnAccounts'
import { signedIn } from '../plugins/sessionGuard'
import { queueFor } from '../services/queue'

const queueResponse = z.object({ bottlenecks: z.array(bottleneck), recommendations: z.array(recommendation) })

export const workflowReadRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, today }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        description:
          "Admins read every entry; other roles the audit of the records they can read, never an account's (403), with enterprise contacts masked as the reader reads them elsewhere.",
        querystring: auditQuery,
        response: { 200: auditList, 400: apiErrorBody, 403: apiErrorBody },
      },
    },
    async request => {
      const { entityType, entityId } = request.query
      const reader = signedIn(request)
      if (!canReadAudit(reader, entityType))
        throw new ApiProblem(403, 'forbidden', `the audit of ${entityType} records is not yours to read`)
      // An enterprise's contacts stay masked for a reader who may not see them in full.
      // Each names its actor's role and department as the accounts are now (issue 11).
      const accounts = await listTurnAccounts(db)
      const items = (await listAuditEntries(db, entityType, entityId)).map(e => ({
        ...auditEntryForReader(reader, e),
        ...actorOf(e.actorId, accounts),
      }))
      // Words for the people and records the entries point to, which the SPA cannot look up itself.
      return { items, labels: await auditLabelsOf(db, items) }
    },
  )

  app.get(
    '/queue',
    {
      schema: {
        tags: ['workflow'],
        description:
          'What waits on the signed-in user: at most 200 bottlenecks (most urgent first) and 200 recommendations.',
        response: { 200: queueResponse },
      },
    },
    async request => queueFor(db, signedIn(request), today()),
  )
}
