/**
 * Mock sessions behind the same `chain_session` cookie as the live server. In the browser MSW
 * writes a mocked Set-Cookie to document.cookie, which refuses HttpOnly cookies, so the mock's
 * cookie leaves HttpOnly out (nothing secret hides behind a mock session).
 */
import type { SessionUser } from '#contract'
import type { MockState } from '../state'
import { sessionUserOf } from './accounts'

export const SESSION_COOKIE = 'chain_session'
/** As long as a live session lasts (server/services/auth.ts). */
export const SESSION_TTL_MS = 7 * 24 * 3600_000

/** A new random token, URL-safe like the server's. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** Opens a session for `userId`; returns the Set-Cookie header value. */
export function openSession(state: MockState, userId: number): string {
  const now = state.clock.now().getTime()
  for (const [token, s] of state.sessions) if (s.expiresAt <= now) state.sessions.delete(token)
  const token = newToken()
  state.sessions.set(token, { userId, expiresAt: now + SESSION_TTL_MS })
  return `${SESSION_COOKIE}=${token}; Max-Age=${SESSION_TTL_MS / 1000}; Path=/; SameSite=Lax`
}

/** The Set-Cookie value that drops the session cookie. */
export function clearedCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; SameSite=Lax`
}

/** The session token the request carries, if any. */
export function tokenOf(cookies: Readonly<Record<string, string>>): string | undefined {
  const token = cookies[SESSION_COOKIE]
  return token ? token : undefined
}

/** The signed-in user for a token: undefined when unknown, expired, or the user is disabled. */
export function userForToken(state: MockState, token: string | undefined): SessionUser | undefined {
  if (!token) return undefined
  const session = state.sessions.get(token)
  if (!session || session.expiresAt <= state.clock.now().getTime()) return undefined
  const user = state.world.users.find(u => u.id === session.userId)
  return user?.active ? sessionUserOf(user) : undefined
}

/** Ends the session of `token` (a no-op for an unknown one). */
export function endSession(state: MockState, token: string): void {
  state.sessions.delete(token)
}

/** Ends every session of `userId` except `keep` (after a password change). */
export function endOtherSessions(state: MockState, userId: number, keep: string): void {
  for (const [token, s] of state.sessions) if (s.userId === userId && token !== keep) state.sessions.delete(token)
}
