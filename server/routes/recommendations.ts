/**
 * The recommendation routes of the manifest (contract/routes/records.ts). Every answer but the list
 * is the record as its GET gives it: with whose turn it is now (issue 11).
 */
import type { FastifyPluginAsync } from 'fastify'
import { recommendationRoutes as routes, type RecommendationDetail } from '#contract'
import type { ApiContext } from '../context'
import { findRecommendation, listRecommendations } from '../repositories/recommendations'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { answeredAsView, recommendationView } from '../services/recordViews'
import { create, edit, transition } from '../services/writes/recommendations'
import { voidRecommendation } from '../services/writes/void'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { pageKey, sendCachedPage } from './cachedPage'
import { serve } from './serve'
import { writeEnv } from './writeEnv'

export const recommendationRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db, today, pages } = context
  const viewOf = (r: RecommendationDetail) => recommendationView(db, r)
  serve(app, routes.list, async (req, reply) =>
    sendCachedPage(reply, pages, pageKey('recommendations', req.query, today()), () =>
      listRecommendations(db, req.query),
    ),
  )
  serve(app, routes.get, async req => {
    // A voided record is gone for everyone but an admin, who reads it with voidedAt and voidReason (issue 10).
    const found = await findRecommendation(db, req.params.id, { includeVoided: signedIn(req).role === 'admin' })
    if (!found) throw notFound('recommendation', req.params.id)
    return viewOf(found)
  })
  serve(app, routes.create, async (req, reply) => {
    const key = readIdempotencyKey(req.headers['idempotency-key'])
    const { status, body } = await create(writeEnv(req, context), req.body, key)
    return reply.code(status).send(status === 201 ? await viewOf(body as RecommendationDetail) : body)
  })
  serve(app, routes.edit, async req =>
    answeredAsView(() => edit(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
  serve(app, routes.transition, async req =>
    answeredAsView(() => transition(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
  serve(app, routes.void, async req =>
    answeredAsView(() => voidRecommendation(writeEnv(req, context), req.params.id, req.body), viewOf),
  )
}
