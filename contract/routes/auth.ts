/**
 * Signing in and out, who am I, changing my password, and the health probe: the routes reachable
 * without a session ('public'); those that need one check it themselves.
 */
import { z } from 'zod'
import { changePasswordRequest, loginRequest, signedInUser, whoAmI } from '../auth'
import { route } from './route'

/** Liveness for load balancers and the SPA's mode check. */
export const health = z.object({
  status: z.literal('ok'),
  mode: z.enum(['live', 'mock']),
  /** The live server's database engine; the mock has none. */
  db: z.enum(['sqlite', 'postgres']).optional(),
})
export type Health = z.infer<typeof health>

export const authRoutes = {
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    body: loginRequest,
    status: 200,
    response: signedInUser,
    errors: [400, 401, 403, 429],
    access: 'public',
    tag: 'auth',
    description:
      'Signs in: sets the session cookie. Failed tries are throttled per account and device (429 with Retry-After).',
  }),
  logout: route({
    method: 'POST',
    path: '/api/auth/logout',
    status: 204,
    response: null,
    errors: [],
    access: 'public',
    tag: 'auth',
  }),
  me: route({
    method: 'GET',
    path: '/api/auth/me',
    status: 200,
    response: whoAmI,
    errors: [],
    access: 'public',
    tag: 'auth',
    description: '200 with `user: null` when signed out: the sign-in page asks too, and a 401 is a console error.',
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/auth/password',
    body: changePasswordRequest,
    status: 204,
    response: null,
    errors: [400, 401, 403, 429],
    access: 'public',
    tag: 'auth',
    description: "Checks the session itself (401 without one); ends the user's other sessions.",
  }),
  health: route({
    method: 'GET',
    path: '/api/health',
    status: 200,
    response: health,
    errors: [],
    access: 'public',
    tag: 'health',
  }),
}
