/**
 * Signing in and out, resolving a session cookie to its user, and changing one's own password.
 * Failed logins are limited per username and per client address in the database (5 and 20 per
 * 15 minutes); once a limit is hit even the right password is refused until the window ends, so
 * guessing cannot continue by luck.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { SessionUser } from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { findCredentials, findSessionUser, passwordHashOf, setPasswordHash } from '../repositories/accounts'
import { clearFailures, currentWindow, recordFailure } from '../repositories/loginAttempts'
import { deleteExpiredSessions, deleteOtherSessions, deleteSession, findLiveSession, insertSession, touchSession } from '../repositories/sessions'
import { hashPassword, verifyPassword } from './passwords'

export const SESSION_TTL_MS = 7 * 24 * 3600_000
export const LOGIN_WINDOW_MS = 15 * 60_000
export const MAX_FAILURES_PER_USER = 5
export const MAX_FAILURES_PER_IP = 20
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000

/** Thrown when a login is refused for too many failures; `retryAfterSeconds` feeds Retry-After. */
export class RateLimited extends ApiProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'too many failed logins; try again later')
  }
}

const unauthorized = () => new ApiProblem(401, 'unauthorized', 'wrong username or password')

/** The database key of a session token: its SHA-256, so the table holds nothing a cookie can be made from. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

let dummyHash: Promise<string> | undefined
/** A hash to verify against for unknown users, so their answer takes as long as a wrong password's. */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}

export interface LoginResult { token: string, user: SessionUser, expiresAt: Date }

/** Checks the credentials under the failure limits and opens a session; throws 401 or 429 (RateLimited). */
export async function login(db: Kysely<Database>, username: string, password: string, ip: string, now = new Date()): Promise<LoginResult> {
  const at = now.toISOString()
  const windowOpenAfter = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString()
  const keys = [[`user:${username.toLowerCase()}`, MAX_FAILURES_PER_USER], [`ip:${ip}`, MAX_FAILURES_PER_IP]] as const
  for (const [key, max] of keys) {
    const window = await currentWindow(db, key, windowOpenAfter)
    if (window && window.count >= max) {
      const endsAt = Date.parse(window.windowStart) + LOGIN_WINDOW_MS
      throw new RateLimited(Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)))
    }
  }
  const credentials = await findCredentials(db, username)
  const ok = credentials?.passwordHash
    ? await verifyPassword(password, credentials.passwordHash)
    : (await verifyPassword(password, await timingDummy()), false)
  const user = ok && credentials!.active ? await findSessionUser(db, credentials!.id) : undefined
  if (!user) {
    for (const [key] of keys) await recordFailure(db, key, at, windowOpenAfter)
    throw unauthorized()
  }
  await clearFailures(db, keys[0][0])
  await deleteExpiredSessions(db, at)
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await insertSession(db, sessionId(token), user.id, at, expiresAt.toISOString())
  return { token, user, expiresAt }
}

/** The signed-in user for a cookie token, or undefined when the session is missing, expired, or its user disabled. */
export async function userForToken(db: Kysely<Database>, token: string, now = new Date()): Promise<SessionUser | undefined> {
  const id = sessionId(token)
  const session = await findLiveSession(db, id, now.toISOString())
  if (!session) return undefined
  const user = await findSessionUser(db, session.userId)
  if (user && now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) await touchSession(db, id, now.toISOString())
  return user
}

/** Ends the session of `token` (a no-op for an unknown one). */
export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, sessionId(token))
}

/** Changes `userId`'s password after checking the current one (403 if wrong) and ends the user's other sessions. */
export async function changePassword(db: Kysely<Database>, userId: number, token: string, currentPassword: string, newPassword: string): Promise<void> {
  const stored = await passwordHashOf(db, userId)
  if (!stored || !await verifyPassword(currentPassword, stored)) {
    throw new ApiProblem(403, 'forbidden', 'the current password is wrong', { currentPassword: 'wrong password' })
  }
  await setPasswordHash(db, userId, await hashPassword(newPassword))
  await deleteOtherSessions(db, userId, sessionId(token))
}
