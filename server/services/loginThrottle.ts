/**
 * Sign-in throttling on the database (the rules are contract/loginThrottle.ts): a try is admitted
 * or refused with 429 and the seconds to wait, and failures are counted, per key.
 */
import type { Kysely } from 'kysely'
import { throttleWaitSeconds, isThrottled, type ThrottleRule } from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import { claimTry, readCounter, recordFailure } from '../repositories/loginAttempts'

/** 429 for a try that came too soon; `retryAfterSeconds` feeds Retry-After. */
export class RateLimited extends ApiProblem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `too many failed sign-ins; try again in ${retryAfterSeconds} s`)
  }
}

/** One counter and the rule it is held to. */
export interface ThrottledKey {
  key: string
  rule: ThrottleRule
}

/**
 * Admits one try under every key at `now`, or throws RateLimited with the longest wait. A key
 * past its failure limit gives its one try per spacing to whichever caller claims it first.
 */
export async function admitTry(db: Kysely<Database>, keys: readonly ThrottledKey[], now: Date): Promise<void> {
  const at = now.getTime()
  let wait = 0
  const throttled: ThrottledKey[] = []
  for (const k of keys) {
    const counter = await readCounter(db, k.key)
    wait = Math.max(wait, throttleWaitSeconds(counter, k.rule, at))
    if (isThrottled(counter, k.rule, at)) throttled.push(k)
  }
  if (wait > 0) throw new RateLimited(wait)
  for (const k of throttled) {
    if (!(await claimTry(db, k.key, now.toISOString(), new Date(at - k.rule.spacingMs).toISOString()))) {
      throw new RateLimited(Math.max(1, throttleWaitSeconds(await readCounter(db, k.key), k.rule, at)))
    }
  }
}

/** Counts one failure under every key at `now`. */
export async function countFailure(
  db: Kysely<Database>,
  keys: readonly { key: string; rule: { windowMs: number } }[],
  now: Date,
): Promise<void> {
  for (const k of keys)
    await recordFailure(db, k.key, now.toISOString(), new Date(now.getTime() - k.rule.windowMs).toISOString())
}
