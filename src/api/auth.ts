/**
 * Sign-in, sign-out, who is signed in, and changing one's own password (contract/auth.ts).
 * The session itself is an httpOnly cookie the browser keeps; these calls never see the token.
 */
import { authRoutes, type ChangePasswordRequest, type LoginRequest, type SignedInUser, type WhoAmI } from '#contract'
import { call } from './call'

/**
 * Signs in; rejects with ApiError 401 (wrong username or password) or 429 (too soon after many
 * failures, with retryAfterSeconds). The answer says `world: 'demo'` on a demo server.
 */
export async function login(body: LoginRequest): Promise<SignedInUser> {
  return call(authRoutes.login, { body })
}

/** Ends the session on the server and drops the cookie. */
export async function logout(): Promise<void> {
  await call(authRoutes.logout, {})
}

/**
 * Who is signed in: `user` is null when nobody is (and `world: 'demo'` on a demo server). The
 * session store first looks at what the page carried (bootData.ts: takeCarriedSession).
 */
export function fetchMe(): Promise<WhoAmI> {
  return call(authRoutes.me, {})
}

/** Changes the signed-in user's password; 403 with `fields.currentPassword` when the current one is wrong, 429 after many wrong ones. */
export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await call(authRoutes.changePassword, { body })
}
