/** POST /api/visits (Idempotency-Key) and PATCH /api/visits/:id. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, idParam, visit, visitCreateRequest, visitPatchRequest } from '#contract'
import type { ApiContext } from '../context'
import { editVisit, recordVisit } from '../services/writes/visits'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { writeEnv } from './writeEnv'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }

export const visitWriteRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  app.post(
    '/visits',
    {
      schema: {
        tags: ['visits'],
        description:
          'Records a visit and the bottlenecks raised in it. An Idempotency-Key header (≤ 200 characters, one per user and route) makes a repeat with the same body return the first answer; the key with another body is 409 idempotency_key_reused.',
        body: visitCreateRequest,
        response: { 201: visit, ...errors },
      },
    },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key'])
      const { status, body } = await recordVisit(writeEnv(request, context), request.body, key)
      return reply.code(status).send(body as never)
    },
  )

  app.patch(
    '/visits/:id',
    { schema: { tags: ['visits'], params: idParam, body: visitPatchRequest, response: { 200: visit, ...errors } } },
    async request => editVisit(writeEnv(request, context), request.params.id, request.body),
  )
}
