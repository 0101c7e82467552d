/**
 * POST /api/bottlenecks (Idempotency-Key), PATCH /api/bottlenecks/:id and POST /api/bottlenecks/:id/transitions.
 * Each answers the record as its GET does: with whose turn it is now (a replayed create too).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  apiErrorBody,
  bottleneckCreateRequest,
  bottleneckPatchRequest,
  bottleneckTransitionRequest,
  bottleneckView as bottleneckViewSchema,
  idParam,
  type BottleneckDetail,
} from '#contract'
import type { ApiContext } from '../context'
import { edit, raise, transition } from '../services/writes/bottlenecks'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { answeredAsView, bottleneckView } from '../services/recordViews'
import { writeEnv } from './writeEnv'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }

export const bottleneckWriteRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const viewOf = (b: BottleneckDetail) => bottleneckView(context.db, b)
  app.post(
    '/bottlenecks',
    {
      schema: {
        tags: ['bottlenecks'],
        description:
          'Raises a bottleneck (created submitted). An Idempotency-Key header (≤ 200 characters, one per user and route) makes a repeat with the same body return the first answer; the key with another body is 409 idempotency_key_reused.',
        body: bottleneckCreateRequest,
        response: { 201: bottleneckViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key'])
      const { status, body } = await raise(writeEnv(request, context), request.body, key)
      return reply.code(status).send((status === 201 ? await viewOf(body as BottleneckDetail) : body) as never)
    },
  )

  app.patch(
    '/bottlenecks/:id',
    {
      schema: {
        tags: ['bottlenecks'],
        description: 'Edits a bottleneck while it is submitted.',
        params: idParam,
        body: bottleneckPatchRequest,
        response: { 200: bottleneckViewSchema, ...errors },
      },
    },
    async request => answeredAsView(() => edit(writeEnv(request, context), request.params.id, request.body), viewOf),
  )

  app.post(
    '/bottlenecks/:id/transitions',
    {
      schema: {
        tags: ['bottlenecks'],
        description: 'Takes one lifecycle action at the given version.',
        params: idParam,
        body: bottleneckTransitionRequest,
        response: { 200: bottleneckViewSchema, ...errors },
      },
    },
    async request =>
      answeredAsView(() => transition(writeEnv(request, context), request.params.id, request.body), viewOf),
  )
}
