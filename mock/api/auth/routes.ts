/**
 * /api/auth in the mock: login, logout, who am I, change my password — the live routes' bodies,
 * statuses and error shapes (server/routes/auth.ts). Like the live routes they sit outside the
 * session guard and check the session themselves.
 */
import { programmeSetUp, notSignedInFailure, type ChangePasswordRequest, type LoginRequest } from '#contract'
import { noContent, problem, type MockRequest, type MockResponse } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { findUser, passwordOf, sessionUserOf } from './accounts'
import { auditAdmin } from '../admin/respond'
import { admitTry, recordFailure } from './loginLimits'
import { clearedCookie, endOtherSessions, endSession, openSession, tokenOf, userForToken } from './sessions'

const notSignedIn = () => failed(notSignedInFailure())

/** 429 with Retry-After, as the server's RateLimited. */
function rateLimited(wait: number): MockResponse {
  return {
    ...problem(429, 'rate_limited', `too many failed sign-ins; try again in ${wait} s`),
    headers: { 'retry-after': String(wait) },
  }
}

/** POST /api/auth/login → 200 SessionUser with the session cookie; 401, 429 (Retry-After) or 400. */
export function login(state: MockState, { username, password }: LoginRequest): MockResponse {
  const wait = admitTry(state, username)
  if (wait > 0) return rateLimited(wait)
  const user = findUser(state, username)
  if (!user || !user.active || passwordOf(state, user) !== password) {
    recordFailure(state, username)
    state.changed()
    return problem(401, 'unauthorized', 'wrong username or password')
  }
  const cookie = openSession(state, user.id)
  state.changed()
  return { status: 200, body: { ...sessionUserOf(user), ...setUpMark(state) }, headers: { 'set-cookie': cookie } }
}

/** POST /api/auth/logout → 204, the session ended and the cookie cleared (also without a session). */
export function logout(state: MockState, req: MockRequest): MockResponse {
  const token = tokenOf(req.cookies)
  if (token) {
    endSession(state, token)
    state.changed()
  }
  return noContent({ 'set-cookie': clearedCookie() })
}

/** GET /api/auth/me → 200 `{ user }`, null when signed out (as the live route: asking is not an error). */
export function me(state: MockState, req: MockRequest): MockResponse {
  const user = userForToken(state, tokenOf(req.cookies)) ?? null
  return { status: 200, body: { user, ...(user ? setUpMark(state) : {}) } }
}

/** `notSetUp: true` while no chain is in use (contract/setup.ts), as the server's answers carry it. */
function setUpMark(state: MockState): { notSetUp?: true } {
  return programmeSetUp(state.world.chains) ? {} : { notSetUp: true }
}

/**
 * POST /api/auth/password → 204; 403 for a wrong current password (counted as a failed sign-in,
 * so 429 once throttled), 400, 401. Ends the user's other sessions; audited without the password.
 */
export function changePassword(state: MockState, req: MockRequest, body: ChangePasswordRequest): MockResponse {
  const token = tokenOf(req.cookies)
  const user = userForToken(state, token)
  if (!user || !token) return notSignedIn()
  const wait = admitTry(state, user.username)
  if (wait > 0) return rateLimited(wait)
  const stored = state.world.users.find(u => u.id === user.id)!
  if (passwordOf(state, stored) !== body.currentPassword) {
    recordFailure(state, user.username)
    state.changed()
    return problem(403, 'forbidden', 'the current password is wrong', { fields: { currentPassword: 'wrong password' } })
  }
  state.passwords.set(user.id, body.newPassword)
  endOtherSessions(state, user.id, token)
  auditAdmin(state, user, 'user', user.id, 'change_password', null, null)
  state.changed()
  return noContent()
}
