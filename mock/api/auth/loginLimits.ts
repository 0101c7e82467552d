/**
 * Failed logins counted like the server's (server/services/auth.ts): fixed 15-minute windows, 5
 * failures per username and 20 per client; once a limit is hit even the right password is refused
 * until the window ends. The mock has one client, the browser, so its address key is constant.
 */
import type { MockState } from '../state'

export const LOGIN_WINDOW_MS = 15 * 60_000
const MAX_FAILURES_PER_USER = 5
const MAX_FAILURES_PER_CLIENT = 20

function keysFor(username: string): [string, number][] {
  return [[`user:${username.toLowerCase()}`, MAX_FAILURES_PER_USER], ['ip:local', MAX_FAILURES_PER_CLIENT]]
}

/** Seconds until a login for `username` is allowed again, or 0 when it is allowed now. */
export function retryAfterSeconds(state: MockState, username: string): number {
  const now = state.clock.now().getTime()
  for (const [key, max] of keysFor(username)) {
    const w = state.failures.get(key)
    if (w && w.windowStart > now - LOGIN_WINDOW_MS && w.count >= max)
      return Math.max(1, Math.ceil((w.windowStart + LOGIN_WINDOW_MS - now) / 1000))
  }
  return 0
}

/** Counts one failed login for `username` and for the client. */
export function recordFailure(state: MockState, username: string): void {
  const now = state.clock.now().getTime()
  for (const [key] of keysFor(username)) {
    const w = state.failures.get(key)
    state.failures.set(key, w && w.windowStart > now - LOGIN_WINDOW_MS ? { windowStart: w.windowStart, count: w.count + 1 } : { windowStart: now, count: 1 })
  }
}

/** Forgets the username's failures after a successful login (the client's count stays, as on the server). */
export function clearFailures(state: MockState, username: string): void {
  state.failures.delete(keysFor(username)[0]![0])
}
