/**
 * What sign-in throttling need not keep: counters whose hour has passed (anyone can create one by
 * trying a made-up username, so they must not pile up) and devices not seen for the time a device
 * stays known. Judged on the sessions' clock (the real one).
 */
import type { Kysely } from 'kysely'
import { ADDRESS_THROTTLE, DEVICE_FAILURE_LIMIT, DEVICE_TTL_MS, USERNAME_THROTTLE } from '#contract'
import type { Database } from '../db/schema'
import { deleteLapsedCounters } from '../repositories/loginAttempts'
import { deleteStaleDevices } from '../repositories/loginDevices'

/** The longest window any counter is judged over. */
const LONGEST_WINDOW_MS = Math.max(USERNAME_THROTTLE.windowMs, ADDRESS_THROTTLE.windowMs, DEVICE_FAILURE_LIMIT.windowMs)

/** Deletes lapsed failure counters and stale devices as of `now`; answers how many of each. */
export async function sweepSignInRecords(
  db: Kysely<Database>,
  now: Date,
): Promise<{ counters: number; devices: number }> {
  const counters = await deleteLapsedCounters(db, new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString())
  const devices = await deleteStaleDevices(db, new Date(now.getTime() - DEVICE_TTL_MS).toISOString())
  return { counters, devices }
}
