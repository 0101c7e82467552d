import { z } from 'zod'
import { user } from './reference'
import { cleanText } from './text'

/** Upper bounds keep a hostile request from making the server hash megabytes. */
const PASSWORD_MAX = 200

/** `POST /api/auth/login`. */
export const loginRequest = z
  .object({
    username: cleanText(100),
    password: z.string().min(1).max(PASSWORD_MAX),
  })
  .strict()
export type LoginRequest = z.infer<typeof loginRequest>

/** Who is signed in (`GET /api/auth/me`, and the login response): role plus chain scope or department. */
export const sessionUser = user.pick({
  id: true,
  username: true,
  displayName: true,
  role: true,
  chainIds: true,
  departmentId: true,
})
export type SessionUser = z.infer<typeof sessionUser>

/**
 * The answer of `GET /api/auth/me` and `POST /api/auth/login`: the user, and `world: 'demo'` when
 * the server serves the generated demo world (the app's header then says "demo data"), and
 * `notSetUp: true` while no chain is in use (contract/setup.ts: the admin is sent to the set-up,
 * everyone else told to ask the admin).
 */
export const signedInUser = sessionUser.extend({
  world: z.literal('demo').optional(),
  notSetUp: z.literal(true).optional(),
})
export type SignedInUser = z.infer<typeof signedInUser>

/**
 * The answer of `GET /api/auth/me`: always 200, `user: null` when nobody is signed in. Asking
 * "who is signed in?" is not an error, and a 401 here logged one in every signed-out console.
 * `notSetUp` as in the sign-in answer, only when someone is signed in.
 */
export const whoAmI = z.object({
  user: sessionUser.nullable(),
  world: z.literal('demo').optional(),
  notSetUp: z.literal(true).optional(),
})
export type WhoAmI = z.infer<typeof whoAmI>

/** `POST /api/auth/password`: change one's own password. */
export const changePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX),
    newPassword: z.string().min(10).max(PASSWORD_MAX),
  })
  .strict()
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>
