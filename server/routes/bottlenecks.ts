/**
 * The bottleneck routes of the manifest (contract/routes/records.ts). Every answer but the list is
 * the record as its GET gives it: with whose turn it is now and who took each step (issue 11).
 */
import type { FastifyPluginAsync } from 'fastify'
import { bottleneckRoutes as routes, type BottleneckDetail } from '#contract'
import type { ApiContext } from '../context'
import { findBottleneck, listBottlenecks } from '../repositories/bottlenecks'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { answeredAsView, bottleneckView } from '../services/recordViews'
import { edit, raise, transition } from '../services/writes/bottlenecks'
import { voidBottleneck } from '../services/writes/void'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { pageKey, sendCachedPage } from './cachedPage'
import { serve } from './serve'
import { writeEnv } from './writeEnv'

export const bottleneckRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db, today, pages } = context
  const viewOf = (b: BottleneckDetail) => bottleneckView(db, b)
  serve(app, routes.list, async (req, reply) => {
    const day = today()
    return sendCachedPage(reply, pages, pageKey('bottlenecks', req.query, day), () =>
      listBottlenecks(db, req.query, day),
    )
  })
  serve(app, routes.get, async req => {
    // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
    const found = await findBottleneck(db, req.params.id, today(), { includeVoided: signedIn(req).role === 'admin' })
    if (!found) throw notFound('bottleneck', req.params.id)
    return viewOf(found)
  })
  serve(app, routes.create, async (req, reply) => {
    const key = readIdempotencyKey(req.headers['idempotency-key'])
    const { status, body } = await raise(writeEnv(req, context), req.body, key)
    return reply.code(status).send(status === 201 ? await viewOf(body as BottleneckDetail) : body)
  })
  serve(app, routes.edit, async req =>
    answeredAsView(() => edit(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
  serve(app, routes.transition, async req =>
    answeredAsView(() => transition(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
  serve(app, routes.void, async req =>
    answeredAsView(() => voidBottleneck(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
}
