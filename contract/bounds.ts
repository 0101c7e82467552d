/**
 * The business bounds of what a request may store (issue 10, "every value is bounded where it
 * enters"): money in whole yuan, counts and targets, business dates. Only request schemas carry
 * them; the entity schemas accept whatever storage holds, so an old row never makes a read fail.
 * What needs today is checked by the commands against their context's `today`, so the server and
 * the mock judge the same day: a visit or an instruction not after it (checkNotFuture), an
 * extension's deadline within the working-day limit from the assignment (far inside a year).
 */
import { z } from 'zod'
import { isoDate } from './common'

/** An order outcome is 1 to 10,000,000,000 yuan (一百亿元), whole yuan. */
export const MIN_ORDER_AMOUNT_CNY = 1
export const MAX_ORDER_AMOUNT_CNY = 10_000_000_000
/** A visit records at most this many outcomes. */
export const MAX_OUTCOMES_PER_VISIT = 50
/** Annual target counts (visits, bottlenecks resolved) and money targets (whole yuan). */
export const MAX_TARGET_COUNT = 1_000_000
export const MAX_TARGET_CNY = 1_000_000_000_000

/** The first business date the app accepts; nothing in the programme happened earlier. */
export const EARLIEST_BUSINESS_DATE = '2000-01-01'
/** The last business date any request may name, whatever today is: four-digit years keep every period computable. */
export const LATEST_BUSINESS_DATE = '2099-12-31'

/**
 * A whole number within [min, max]. The range is checked before wholeness, so an absurd value is
 * told the business bound ("<= 10000000000"), not zod's safe-integer limit, as the first issue.
 */
const wholeWithin = (min: number, max: number) => z.number().min(min).max(max).int()

/** An order's amount as a request gives it. */
export const orderAmountCny = wholeWithin(MIN_ORDER_AMOUNT_CNY, MAX_ORDER_AMOUNT_CNY)

/** A count a request may set (annual targets). */
export const boundedCount = wholeWithin(0, MAX_TARGET_COUNT)

/** A money target in whole yuan. */
export const targetCny = wholeWithin(0, MAX_TARGET_CNY)

/** A business date a request may name: a real day from 2000-01-01 to 2099-12-31 (today's bounds are the commands'). */
export const businessDate = isoDate.refine(
  d => d >= EARLIEST_BUSINESS_DATE && d <= LATEST_BUSINESS_DATE,
  `must lie between ${EARLIEST_BUSINESS_DATE} and ${LATEST_BUSINESS_DATE}`,
)

/**
 * What a stored order amount contributes to a sum (orders won in CNY, everywhere a KPI adds them):
 * itself when it is a finite number from 0 to MAX_ORDER_AMOUNT_CNY, else nothing. A row stored
 * before the bounds (or written around the API) is skipped rather than let one absurd number
 * dominate or overflow every dashboard. The rollups apply the same rule in SQL
 * (server/repositories/rollups.ts, countedAmountSql).
 */
export function countedAmountCny(amount: number | null | undefined): number {
  return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 && amount <= MAX_ORDER_AMOUNT_CNY
    ? amount
    : 0
}
