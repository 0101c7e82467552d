/**
 * Sign-in that cannot be turned against users (issue 10): failures slow guessing down but never
 * lock an account or an address. Per username across all addresses, and separately (more
 * generously) per client address: once `maxFailures` failures fell within `windowMs`, one try is
 * allowed per `spacingMs`; a try refused for waiting is not a try, so hammering does not extend
 * the wait. A device that signed in as the user before is not slowed at all, unless that device
 * itself keeps failing. The server (services/loginThrottle.ts) and the mock count alike through
 * these rules.
 */

/** After `maxFailures` failures within `windowMs`, at most one try per `spacingMs`. */
export interface ThrottleRule {
  maxFailures: number
  windowMs: number
  spacingMs: number
}

const HOUR_MS = 3_600_000

/** A username, from anywhere: 20 failures an hour, then one try per 10 s (360 guesses an hour at most). */
export const USERNAME_THROTTLE: ThrottleRule = { maxFailures: 20, windowMs: HOUR_MS, spacingMs: 10_000 }
/** One client address, whatever the usernames: generous, since an office may share one address. */
export const ADDRESS_THROTTLE: ThrottleRule = { maxFailures: 100, windowMs: HOUR_MS, spacingMs: 10_000 }
/** A known device loses its waiver after this many failures of its own within the hour (a stolen cookie). */
export const DEVICE_FAILURE_LIMIT = { maxFailures: 10, windowMs: HOUR_MS }
/** How long a device stays known after it last signed in. */
export const DEVICE_TTL_MS = 180 * 24 * HOUR_MS

/** What is known of one key's failures (instants in ms). */
export interface FailureCounter {
  /** When the current window's first failure happened. */
  windowStart: number
  /** Failures in the window. */
  count: number
  /** The last try that was let through (success or failure), or null. */
  lastTryAt: number | null
}

/** Whether `counter` has reached `rule.maxFailures` in a window still open at `now`. */
export function isThrottled(
  counter: FailureCounter | undefined,
  rule: Pick<ThrottleRule, 'maxFailures' | 'windowMs'>,
  now: number,
): boolean {
  return counter !== undefined && counter.windowStart > now - rule.windowMs && counter.count >= rule.maxFailures
}

/** Seconds until the next try under `rule` (Retry-After), or 0 when a try is allowed now. */
export function throttleWaitSeconds(counter: FailureCounter | undefined, rule: ThrottleRule, now: number): number {
  if (!isThrottled(counter, rule, now) || counter!.lastTryAt === null) return 0
  const next = counter!.lastTryAt + rule.spacingMs
  return next > now ? Math.ceil((next - now) / 1000) : 0
}

/** The counter after one more failure at `now`: a new window once the old one has closed. */
export function withFailure(counter: FailureCounter | undefined, windowMs: number, now: number): FailureCounter {
  if (!counter || counter.windowStart <= now - windowMs) return { windowStart: now, count: 1, lastTryAt: now }
  return { windowStart: counter.windowStart, count: counter.count + 1, lastTryAt: now }
}

/** The counter keys a sign-in attempt is throttled under. */
export function throttleKeys(username: string, address: string): { user: string; address: string } {
  return { user: `user:${username.toLowerCase()}`, address: `ip:${address}` }
}
