/**
 * Every answer names its request id (`X-Request-Id`), the one in the log's lines for it and in
 * an error body's `requestId`, so an operator can find a user's failure in the log.
 */
import type { FastifyInstance } from 'fastify'

/** Adds the header at the root, before any route can fail. */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
}
