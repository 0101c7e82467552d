/**
 * The session guard of the /api plugin: every route inside it needs a signed-in user, found from the
 * session cookie and set on `request.user`. It runs on the request, before the body is parsed or
 * validated, so an anonymous request is a 401 whatever it sent (WRITES.md's order of checks).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { SessionUser } from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { userForToken } from '../services/auth'
import { readSessionToken } from './sessionCookie'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; set by the session guard on every route inside the /api plugin. */
    user: SessionUser | null
  }
}

/** Adds the guard to `app` (an encapsulated plugin): 401 `unauthorized` without a live session. */
export function registerSessionGuard(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('user', null)
  app.addHook('onRequest', async (request) => {
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token) : undefined
    if (!user) throw new ApiProblem(401, 'unauthorized', 'not signed in')
    request.user = user
  })
}

/** The signed-in user of a request that passed the guard. */
export function signedIn(request: FastifyRequest): SessionUser {
  if (!request.user) throw new ApiProblem(401, 'unauthorized', 'not signed in')
  return request.user
}
