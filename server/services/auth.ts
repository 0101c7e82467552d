/**
 * Signing in and out, resolving a session cookie to its user, and changing one's own password.
 * Failures are throttled, never locked (contract/loginThrottle.ts): per username and per client
 * address one try per 10 s once many failures piled up, waived for a device that signed in as
 * that user before. A session ends 7 days after sign-in, or earlier after `idleMs` without a
 * user-initiated request (background refreshes do not count).
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  ADDRESS_THROTTLE,
  DEVICE_FAILURE_LIMIT,
  DEVICE_TTL_MS,
  isThrottled,
  throttleKeys,
  USERNAME_THROTTLE,
  type SessionUser,
} from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { findCredentials, findSessionUser, passwordHashOf, setPasswordHash } from '../repositories/accounts'
import { insertAdminAudit } from '../repositories/adminAudit'
import { readCounter } from '../repositories/loginAttempts'
import { isKnownDevice, rememberDevice } from '../repositories/loginDevices'
import {
  deleteExpiredSessions,
  deleteOtherSessions,
  deleteSession,
  findLiveSession,
  insertSession,
  touchSession,
} from '../repositories/sessions'
import { admitTry, countFailure, type ThrottledKey } from './loginThrottle'
import { hashPassword, verifyPassword } from './passwords'

export { RateLimited } from './loginThrottle'

export const SESSION_TTL_MS = 7 * 24 * 3600_000
/** The idle timeout when SESSION_IDLE_MINUTES is not set. */
export const DEFAULT_SESSION_IDLE_MS = 8 * 3600_000
/** last_seen_at and active_at are written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000

const unauthorized = () => new ApiProblem(401, 'unauthorized', 'wrong username or password')

/** The database key of a session or device token: its SHA-256, so the tables hold nothing a cookie can be made from. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

let dummyHash: Promise<string> | undefined
/** A hash to verify against for unknown users, so their answer takes as long as a wrong password's. */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}

const newToken = () => randomBytes(32).toString('base64url')

/** The keys a try by `username` from `ip` is throttled under (no device waiver). */
function throttledKeys(username: string, ip: string): ThrottledKey[] {
  const keys = throttleKeys(username, ip)
  return [
    { key: keys.user, rule: USERNAME_THROTTLE },
    { key: keys.address, rule: ADDRESS_THROTTLE },
  ]
}

const deviceKey = (deviceHash: string) => ({ key: `device:${deviceHash}`, rule: DEVICE_FAILURE_LIMIT })

export interface LoginAttempt {
  username: string
  password: string
  /** The client's address (behind a trusted proxy, the forwarded one). */
  ip: string
  /** The `chain_device` cookie, if the browser has one. */
  deviceToken?: string
}

export interface LoginResult {
  token: string
  user: SessionUser
  expiresAt: Date
  /** The device token to (re)send: the browser's own, or a new one. */
  deviceToken: string
}

/** Whether `deviceHash` signed in as `userId` lately and has not failed too often since. */
async function isTrustedDevice(db: Kysely<Database>, deviceHash: string, userId: number, now: Date): Promise<boolean> {
  if (isThrottled(await readCounter(db, deviceKey(deviceHash).key), DEVICE_FAILURE_LIMIT, now.getTime())) return false
  return isKnownDevice(db, deviceHash, userId, new Date(now.getTime() - DEVICE_TTL_MS).toISOString())
}

/** Checks the credentials under the throttle and opens a session; throws 401 or 429 (RateLimited). */
export async function login(db: Kysely<Database>, attempt: LoginAttempt, now = new Date()): Promise<LoginResult> {
  const at = now.toISOString()
  const keys = throttledKeys(attempt.username, attempt.ip)
  const deviceHash = attempt.deviceToken === undefined ? undefined : sessionId(attempt.deviceToken)
  const credentials = await findCredentials(db, attempt.username)
  const trusted =
    credentials !== undefined &&
    deviceHash !== undefined &&
    (await isTrustedDevice(db, deviceHash, credentials.id, now))
  if (!trusted) await admitTry(db, keys, now)
  const ok = credentials?.passwordHash
    ? await verifyPassword(attempt.password, credentials.passwordHash)
    : (await verifyPassword(attempt.password, await timingDummy()), false)
  const user = ok && credentials!.active ? await findSessionUser(db, credentials!.id) : undefined
  if (!user) {
    await countFailure(db, deviceHash === undefined ? keys : [...keys, deviceKey(deviceHash)], now)
    throw unauthorized()
  }
  // The username's failures are not forgotten on success: an outsider would get fresh fast
  // guesses after each sign-in of the real user. They lapse with their window.
  await deleteExpiredSessions(db, at)
  const token = newToken()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await insertSession(db, sessionId(token), user.id, at, expiresAt.toISOString())
  const deviceToken = attempt.deviceToken ?? newToken()
  await rememberDevice(db, sessionId(deviceToken), user.id, at)
  return { token, user, expiresAt, deviceToken }
}

/** How a request's session is judged: at which instant, after how much idleness, and whether the user made the request. */
export interface SessionCheck {
  now: Date
  idleMs: number
  /** A background refresh (`X-Background: 1`): it does not keep the session from idling out. */
  background: boolean
}

/**
 * The signed-in user for a cookie token, or undefined when the session is missing, expired, idle
 * too long (then it is ended), or its user disabled.
 */
export async function userForToken(
  db: Kysely<Database>,
  token: string,
  check: SessionCheck,
): Promise<SessionUser | undefined> {
  const id = sessionId(token)
  const now = check.now.getTime()
  const session = await findLiveSession(db, id, check.now.toISOString())
  if (!session) return undefined
  // Sessions opened before the idle timeout existed have no active_at: they keep their expiry.
  if (session.activeAt !== null && now - Date.parse(session.activeAt) >= check.idleMs) {
    await deleteSession(db, id)
    return undefined
  }
  const user = await findSessionUser(db, session.userId)
  if (!user) return undefined
  const byUser =
    !check.background && (session.activeAt === null || now - Date.parse(session.activeAt) >= TOUCH_EVERY_MS)
  if (byUser || now - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS)
    await touchSession(db, id, check.now.toISOString(), byUser)
  return user
}

/** Ends the session of `token` (a no-op for an unknown one). */
export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, sessionId(token))
}

export interface PasswordChange {
  user: SessionUser
  /** The session making the change; it stays signed in, the user's others end. */
  token: string
  currentPassword: string
  newPassword: string
  ip: string
}

/**
 * Changes the user's own password after checking the current one: a wrong one is a 403 counted as
 * a failed sign-in, under the same throttle (429), so a stolen session cannot guess it freely.
 * Ends the user's other sessions and audits the change at `auditAt` (the write clock's instant),
 * never the password or its hash.
 */
export async function changePassword(
  db: Kysely<Database>,
  change: PasswordChange,
  now: Date,
  auditAt: string,
): Promise<void> {
  const keys = throttledKeys(change.user.username, change.ip)
  await admitTry(db, keys, now)
  const stored = await passwordHashOf(db, change.user.id)
  if (!stored || !(await verifyPassword(change.currentPassword, stored))) {
    await countFailure(db, keys, now)
    throw new ApiProblem(403, 'forbidden', 'the current password is wrong', { currentPassword: 'wrong password' })
  }
  const hash = await hashPassword(change.newPassword)
  await db.transaction().execute(async trx => {
    await setPasswordHash(trx, change.user.id, hash)
    await deleteOtherSessions(trx, change.user.id, sessionId(change.token))
    await insertAdminAudit(trx, {
      entityType: 'user',
      entityId: change.user.id,
      action: 'change_password',
      actorId: change.user.id,
      actorName: change.user.displayName,
      at: auditAt,
      before: null,
      after: null,
    })
  })
}
