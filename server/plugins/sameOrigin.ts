/**
 * Cross-site write protection: a POST/PUT/PATCH/DELETE to /api whose Origin header names another
 * origin is refused with 403, so a form or script on another site cannot write with the user's
 * cookie. Requests without Origin (curl, same-origin GETs, old clients) pass; SameSite=Lax covers
 * those browsers.
 */
import type { FastifyInstance } from 'fastify'
import { ApiProblem } from '../errors'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Adds the onRequest hook at the root, so it covers every route including /api/auth/*. */
export function registerSameOriginWrites(app: FastifyInstance): void {
  app.addHook('onRequest', async request => {
    if (!WRITES.has(request.method) || !request.url.startsWith('/api')) return
    const origin = request.headers.origin
    if (origin === undefined) return
    if (origin !== `${request.protocol}://${request.host}`) {
      throw new ApiProblem(403, 'forbidden', 'cross-site request refused')
    }
  })
}
