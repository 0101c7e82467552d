/**
 * The admin routes' guard. The /api plugin's session guard has already answered 401 for a request
 * without a session and set `request.user`; this one refuses every role but admin with 403,
 * before the body is validated, so a non-admin learns nothing from a bad body.
 */
import type { FastifyRequest } from 'fastify'
import { chinaInstant } from '#contract'
import { ApiProblem } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import type { AdminActor } from '../services/adminWrite'

/** 403 for any signed-in role but admin (401 when, unexpectedly, nobody is signed in). */
export async function guardAdmin(request: FastifyRequest): Promise<void> {
  if (signedIn(request).role !== 'admin') throw new ApiProblem(403, 'forbidden', 'only an admin may do this')
}

/** The signed-in admin of a request that passed the guard, with the server's clock's instant. */
export function adminOf(request: FastifyRequest, now: () => Date): AdminActor {
  return { ...signedIn(request), at: chinaInstant(now()) }
}
