/**
 * The workflow's reads (contract/routes/workflow.ts): a record's audit, for those who may read that
 * kind of record's audit (contract/audit.ts canReadAudit), and what waits on the signed-in user.
 */
import type { FastifyPluginAsync } from 'fastify'
import { actorOf, auditEntryForReader, canReadAudit, workflowRoutes as routes } from '#contract'
import type { RouteContext } from '../context'
import { ApiProblem } from '../errors'
import { listAuditEntries } from '../repositories/audit'
import { auditLabelsOf } from '../repositories/auditLabels'
import { listTurnAccounts } from '../repositories/turnAccounts'
import { signedIn } from '../plugins/sessionGuard'
import { queueFor } from '../services/queue'
import { serve } from './serve'

export const workflowRoutes: FastifyPluginAsync<RouteContext> = async (app, { db, today }) => {
  serve(app, routes.audit, async request => {
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
  })
  serve(app, routes.queue, async request => queueFor(db, signedIn(request), today()))
}
