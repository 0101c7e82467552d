/** The visit routes of the manifest (contract/routes/records.ts): list, detail, record, edit, void. */
import type { FastifyPluginAsync } from 'fastify'
import { visitRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { findVisit, listVisits } from '../repositories/visits'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { editVisit, recordVisit } from '../services/writes/visits'
import { voidVisit } from '../services/writes/void'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { pageKey, sendCachedPage } from './cachedPage'
import { serve } from './serve'
import { writeEnv } from './writeEnv'

export const visitRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db, today, pages } = context
  serve(app, routes.list, async (req, reply) =>
    sendCachedPage(reply, pages, pageKey('visits', req.query, today()), () => listVisits(db, req.query)),
  )
  serve(app, routes.get, async req => {
    // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
    const found = await findVisit(db, req.params.id, { includeVoided: signedIn(req).role === 'admin' })
    if (!found) throw notFound('visit', req.params.id)
    return found
  })
  serve(app, routes.create, async (req, reply) => {
    const key = readIdempotencyKey(req.headers['idempotency-key'])
    const { status, body } = await recordVisit(writeEnv(req, context), req.body, key)
    return reply.code(status).send(body)
  })
  serve(app, routes.edit, async req => editVisit(writeEnv(req, context), req.params.id, req.body))
  serve(app, routes.void, async req => voidVisit(writeEnv(req, context), req.params.id, req.body))
}
