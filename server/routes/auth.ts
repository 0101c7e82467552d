/**
 * /api/auth: login, logout, who am I, change my password. Registered outside the api plugin so
 * the session guard that plugin will get never covers login itself. Failed and throttled tries
 * are logged (username and address, never the password).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import {
  authRoutes as routes,
  chinaInstant,
  notSignedInFailure,
  type SessionUser,
  type SignedInUser,
  type WhoAmI,
} from '#contract'
import type { ApiContext } from '../context'
import { ApiProblem, problemOf } from '../errors'
import { changePassword, login, logout, RateLimited, userForToken } from '../services/auth'
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../plugins/sessionCookie'
import { readDeviceToken, setDeviceCookie } from '../plugins/deviceCookie'
import { sessionCheckOf } from '../plugins/sessionPolicy'
import { setUpMark } from '../services/setup'
import type { ServedWorld } from '../startup'
import { serve } from './serve'

const notSignedIn = () => problemOf(notSignedInFailure())

/** Logs a refused sign-in or password check and sets Retry-After on a 429; rethrows. */
function refused(request: FastifyRequest, reply: FastifyReply, err: unknown, username: string, what: string): never {
  if (err instanceof RateLimited) {
    reply.header('retry-after', String(err.retryAfterSeconds))
    request.log.warn({ username, retryAfterSeconds: err.retryAfterSeconds }, `${what} throttled`)
  } else if (err instanceof ApiProblem && (err.statusCode === 401 || err.statusCode === 403)) {
    request.log.warn({ username }, `${what} failed`)
  }
  throw err
}

/** `now` is the write clock, which the password change's audit entry is stamped with like every other write's. */
export const authRoutes: FastifyPluginAsync<ApiContext & { world: ServedWorld }> = async (app, { db, now, world }) => {
  // The demo badge, and while no chain is in use the set-up mark (contract/setup.ts).
  const answer = async (user: SessionUser): Promise<SignedInUser> => ({
    ...user,
    ...(world === 'demo' ? { world } : {}),
    ...(await setUpMark(db)),
  })

  serve(app, routes.login, async (request, reply) => {
    const { now } = sessionCheckOf(request)
    const { username, password } = request.body
    try {
      const result = await login(db, { username, password, ip: request.ip, deviceToken: readDeviceToken(request) }, now)
      setSessionCookie(request, reply, result.token, result.expiresAt, now)
      setDeviceCookie(request, reply, result.deviceToken)
      return await answer(result.user)
    } catch (err) {
      return refused(request, reply, err, username, 'sign-in')
    }
  })

  serve(app, routes.logout, async (request, reply) => {
    const token = readSessionToken(request)
    if (token) await logout(db, token)
    clearSessionCookie(request, reply)
    return reply.code(204).send(null)
  })

  // 200 with `user: null` when signed out: the sign-in page asks too, and a 401 is a console error.
  serve(app, routes.me, async (request): Promise<WhoAmI> => {
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token, sessionCheckOf(request)) : undefined
    return { user: user ?? null, ...(world === 'demo' ? { world } : {}), ...(user ? await setUpMark(db) : {}) }
  })

  serve(app, routes.changePassword, async (request, reply) => {
    const check = sessionCheckOf(request)
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token, check) : undefined
    if (!user || !token) throw notSignedIn()
    try {
      const change = {
        user,
        token,
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        ip: request.ip,
      }
      await changePassword(db, change, check.now, chinaInstant(now()))
    } catch (err) {
      return refused(request, reply, err, user.username, 'password check')
    }
    request.log.info({ userId: user.id }, 'password changed')
    return reply.code(204).send(null)
  })
}
