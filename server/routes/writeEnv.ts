/** The write environment of a request: the signed-in user and the app's clocks. */
import type { FastifyRequest } from 'fastify'
import type { ApiContext } from '../context'
import { signedIn } from '../plugins/sessionGuard'
import type { WriteEnv } from '../services/writes/frame'

/** Who writes (the session guard's user) on which database, by which clocks. */
export function writeEnv(request: FastifyRequest, { db, now, today }: ApiContext): WriteEnv {
  return { db, actor: signedIn(request), now, today }
}
