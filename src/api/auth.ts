/**
 * Sign-in, sign-out, who is signed in, and changing one's own password (contract/auth.ts).
 * The session itself is an httpOnly cookie the browser keeps; these calls never see the token.
 */
import { sessionUser, type ChangePasswordRequest, type LoginRequest, type SessionUser } from '#contract'
import { checkJson, getJson, http } from './http'

/** Signs in; rejects with ApiError 401 (wrong username or password) or 429 (too many failures, with retryAfterSeconds). */
export async function login(body: LoginRequest): Promise<SessionUser> {
  const res = await http.post('/api/auth/login', body)
  return checkJson('/api/auth/login', sessionUser, res.status, res.data)
}

/** Ends the session on the server and drops the cookie. */
export async function logout(): Promise<void> {
  await http.post('/api/auth/logout')
}

/** The signed-in user; rejects with ApiError 401 when nobody is signed in. */
export function fetchMe(): Promise<SessionUser> {
  return getJson('/api/auth/me', sessionUser)
}

/** Changes the signed-in user's password; 403 with `fields.currentPassword` when the current one is wrong. */
export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await http.post('/api/auth/password', body)
}
