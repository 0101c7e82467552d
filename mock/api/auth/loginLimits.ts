/**
 * Failed sign-ins throttled like the server's (server/services/loginThrottle.ts), by the same
 * rules (contract/loginThrottle.ts): per username and per client, one try per 10 s once many
 * failures piled up within the hour, never a lock. The mock has one client, the browser, so its
 * address key is constant; it keeps no device cookies, so there is no known-device waiver.
 */
import {
  ADDRESS_THROTTLE,
  throttleKeys,
  throttleWaitSeconds,
  USERNAME_THROTTLE,
  withFailure,
  type ThrottleRule,
} from '#contract'
import type { MockState } from '../state'

const ADDRESS = 'local'

function keysFor(username: string): [string, ThrottleRule][] {
  const keys = throttleKeys(username, ADDRESS)
  return [
    [keys.user, USERNAME_THROTTLE],
    [keys.address, ADDRESS_THROTTLE],
  ]
}

/**
 * Seconds until a try for `username` is allowed, or 0 when one is allowed now — which it then
 * takes: the next one waits the spacing again.
 */
export function admitTry(state: MockState, username: string): number {
  const now = state.clock.now().getTime()
  const keys = keysFor(username)
  const wait = Math.max(...keys.map(([key, rule]) => throttleWaitSeconds(state.failures.get(key), rule, now)))
  if (wait > 0) return wait
  for (const [key] of keys) {
    const counter = state.failures.get(key)
    if (counter) state.failures.set(key, { ...counter, lastTryAt: now })
  }
  return 0
}

/** Counts one failed try for `username` and for the client. */
export function recordFailure(state: MockState, username: string): void {
  const now = state.clock.now().getTime()
  for (const [key, rule] of keysFor(username))
    state.failures.set(key, withFailure(state.failures.get(key), rule.windowMs, now))
}
