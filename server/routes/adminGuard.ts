/**
 * The admin routes' actor. Every admin route's manifest entry admits only admins, so serve()'s role
 * guard has already answered 401 without a session and 403 for every other role, before the body
 * is validated (server/routes/serve.ts).
 */
import type { FastifyRequest } from 'fastify'
import { chinaInstant } from '#contract'
import { signedIn } from '../plugins/sessionGuard'
import type { AdminActor } from '../services/adminWrite'

/** The signed-in admin of a request that passed the guard, with the server's clock's instant. */
export function adminOf(request: FastifyRequest, now: () => Date): AdminActor {
  return { ...signedIn(request), at: chinaInstant(now()) }
}
