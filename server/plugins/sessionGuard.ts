/**
 * The session guard of the /api plugin: every route inside it needs a signed-in user, found from the
 * session cookie and set on `request.user`. It runs on the request, before the body is parsed or
 * validated, so an anonymous request is a 401 whatever it sent (WRITES.md's order of checks).
 *
 * Without a live session, a display link's token (`Authorization: Display <token>`, issue 4) signs
 * the request in as a read-only viewer named after the link: it reads every GET route, and any
 * other method is refused with 403. A live session wins over the header.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { DISPLAY_AUTH_SCHEME, type SessionUser } from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { userForToken } from '../services/auth'
import { displayUserForToken } from '../services/displayLinks'
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
    request.user = user ?? await displayUser(db, request) ?? null
    if (!request.user) throw new ApiProblem(401, 'unauthorized', 'not signed in')
  })
}

const DISPLAY_HEADER = new RegExp(`^${DISPLAY_AUTH_SCHEME}\\s+(\\S+)$`, 'i')

/** The display token of `Authorization: Display <token>`, if the request sent one. */
export function readDisplayToken(request: FastifyRequest): string | undefined {
  return DISPLAY_HEADER.exec(request.headers.authorization ?? '')?.[1]
}

/** Reads are all a display link may do; HEAD is a GET without its body. */
const DISPLAY_METHODS = new Set(['GET', 'HEAD'])

/** The read-only user of a display token: undefined without one, 401 for a dead one, 403 for a write. */
async function displayUser(db: Kysely<Database>, request: FastifyRequest): Promise<SessionUser | undefined> {
  const token = readDisplayToken(request)
  if (token === undefined) return undefined
  const user = await displayUserForToken(db, token)
  if (!user) throw new ApiProblem(401, 'unauthorized', 'this display link is not valid')
  if (!DISPLAY_METHODS.has(request.method)) throw new ApiProblem(403, 'forbidden', 'a display link can only read')
  return user
}

/** The signed-in user of a request that passed the guard. */
export function signedIn(request: FastifyRequest): SessionUser {
  if (!request.user) throw new ApiProblem(401, 'unauthorized', 'not signed in')
  return request.user
}
