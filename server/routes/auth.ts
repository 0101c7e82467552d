/**
 * /api/auth: login, logout, who am I, change my password. Registered outside the api plugin so
 * the session guard that plugin will get never covers login itself.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, changePasswordRequest, loginRequest, sessionUser } from '#contract'
import type { RouteContext } from '../context'
import { ApiProblem } from '../errors'
import { changePassword, login, logout, RateLimited, userForToken } from '../services/auth'
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../plugins/sessionCookie'

const notSignedIn = () => new ApiProblem(401, 'unauthorized', 'not signed in')
const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 429: apiErrorBody }

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.post('/api/auth/login', { schema: { tags: ['auth'], body: loginRequest, response: { 200: sessionUser, ...errors } } }, async (request, reply) => {
    try {
      const { token, user, expiresAt } = await login(db, request.body.username, request.body.password, request.ip)
      setSessionCookie(request, reply, token, expiresAt)
      return user
    }
    catch (err) {
      if (err instanceof RateLimited) reply.header('retry-after', String(err.retryAfterSeconds))
      throw err
    }
  })

  app.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const token = readSessionToken(request)
    if (token) await logout(db, token)
    clearSessionCookie(request, reply)
    return reply.code(204).send(null)
  })

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: sessionUser, 401: apiErrorBody } } }, async (request) => {
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token) : undefined
    if (!user) throw notSignedIn()
    return user
  })

  app.post('/api/auth/password', { schema: { tags: ['auth'], body: changePasswordRequest, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token) : undefined
    if (!user || !token) throw notSignedIn()
    await changePassword(db, user.id, token, request.body.currentPassword, request.body.newPassword)
    return reply.code(204).send(null)
  })
}
