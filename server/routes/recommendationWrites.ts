/**
 * POST /api/recommendations (Idempotency-Key), PATCH /api/recommendations/:id and POST /api/recommendations/:id/transitions.
 * Each answers the record as its GET does: with whose turn it is now (a replayed create too).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  apiErrorBody,
  idParam,
  recommendationCreateRequest,
  recommendationPatchRequest,
  recommendationTransitionRequest,
  recommendationView as recommendationViewSchema,
  type RecommendationDetail,
} from '#contract'
import type { ApiContext } from '../context'
import { create, edit, transition } from '../services/writes/recommendations'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { answeredAsView, recommendationView } from '../services/recordViews'
import { writeEnv } from './writeEnv'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }

export const recommendationWriteRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const viewOf = (r: RecommendationDetail) => recommendationView(context.db, r)
  app.post(
    '/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        description:
          'Creates a draft recommendation. An Idempotency-Key header (≤ 200 characters, one per user and route) makes a repeat with the same body return the first answer; the key with another body is 409 idempotency_key_reused.',
        body: recommendationCreateRequest,
        response: { 201: recommendationViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key'])
      const { status, body } = await create(writeEnv(request, context), request.body, key)
      return reply.code(status).send((status === 201 ? await viewOf(body as RecommendationDetail) : body) as never)
    },
  )

  app.patch(
    '/recommendations/:id',
    {
      schema: {
        tags: ['recommendations'],
        description: 'Edits a draft.',
        params: idParam,
        body: recommendationPatchRequest,
        response: { 200: recommendationViewSchema, ...errors },
      },
    },
    async request => answeredAsView(() => edit(writeEnv(request, context), request.params.id, request.body), viewOf),
  )

  app.post(
    '/recommendations/:id/transitions',
    {
      schema: {
        tags: ['recommendations'],
        description: 'Takes one lifecycle action at the given version.',
        params: idParam,
        body: recommendationTransitionRequest,
        response: { 200: recommendationViewSchema, ...errors },
      },
    },
    async request =>
      answeredAsView(() => transition(writeEnv(request, context), request.params.id, request.body), viewOf),
  )
}
