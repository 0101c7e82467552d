/**
 * How sessions are judged, set once on the app (buildApp) and read by everything that resolves a
 * session cookie (the session guard, /api/auth/*): the clock and the idle timeout. A request sent
 * with `X-Background: 1` (the SPA's automatic refreshes) is not the user's doing, so it does not
 * keep a session from idling out.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { SessionCheck } from '../services/auth'

export interface SessionPolicy {
  now: () => Date
  idleMs: number
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The session clock and idle timeout (plugins/sessionPolicy.ts). */
    sessionPolicy: SessionPolicy
  }
}

export const BACKGROUND_HEADER = 'x-background'

/** Sets the policy on the root instance, so every plugin inherits it. */
export function registerSessionPolicy(app: FastifyInstance, policy: SessionPolicy): void {
  app.decorate('sessionPolicy', policy)
}

/** How to judge `request`'s session: now, under the app's idle timeout, background or not. */
export function sessionCheckOf(request: FastifyRequest): SessionCheck {
  const { now, idleMs } = request.server.sessionPolicy
  return { now: now(), idleMs, background: request.headers[BACKGROUND_HEADER] === '1' }
}
