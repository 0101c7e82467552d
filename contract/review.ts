/**
 * The year in review (issue 4 §3): every KPI of one calendar year for a selection of chains, in
 * total, per chain and per month. The total of a year is the Overview's for that year
 * (from=YYYY-01-01, to=YYYY-12-31) and the same chain; a selection of several chains is read as
 * their union (an enterprise or recommendation shared by two selected chains counts once), and an
 * empty selection, or one naming every chain, is the whole programme.
 */
import { z } from 'zod'
import { id } from './common'
import { kpis, period } from './analytics'
import { computeKpis, type KpiInput, type Kpis, type Period } from './kpi'

/** The years a review can be asked for: wide enough for any real programme, narrow enough for four-digit dates. */
export const YEAR_REVIEW_MIN_YEAR = 2000
export const YEAR_REVIEW_MAX_YEAR = 2099
/** At most this many chain ids in one request (the real list is configuration, seven in the demo). */
export const YEAR_REVIEW_MAX_CHAINS = 50

/** chainId=1&chainId=2 (repeated) or chainId=1,2 (a comma list) or both, as a sorted list without repeats. */
const chainIdList = z
  .preprocess(
    v => (Array.isArray(v) ? v : [v]).flatMap(x => (typeof x === 'string' ? x.split(',') : [x])).filter(x => x !== ''),
    z.array(z.coerce.number().int().positive()).max(YEAR_REVIEW_MAX_CHAINS),
  )
  .transform(ids => [...new Set(ids)].sort((a, b) => a - b))

export const yearReviewQuery = z
  .object({
    year: z.coerce.number().int().min(YEAR_REVIEW_MIN_YEAR).max(YEAR_REVIEW_MAX_YEAR),
    chainId: chainIdList.optional(),
  })
  .strict()
export type YearReviewQuery = z.infer<typeof yearReviewQuery>

export const yearReview = z.object({
  year: z.number().int(),
  period,
  /** The day overdue is judged on: the year's last day, or today while the year runs. */
  asOf: z.string(),
  /** The chains selected, sorted; empty means every chain (the whole programme). */
  chainIds: z.array(id),
  total: kpis,
  /** One entry per selected chain (every chain when none is selected), in the chains' order. */
  byChain: z.array(z.object({ chainId: id, kpis })),
  /** One entry per calendar month of the year, for the selection; overdue judged on the month's last day (or today). */
  byMonth: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), kpis })),
})
export type YearReview = z.infer<typeof yearReview>

/** The calendar year as a period. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The twelve months of the year as periods, keyed 'YYYY-MM'. */
export function monthPeriods(year: number): { month: string; period: Period }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate()
    return { month, period: { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` } }
  })
}

/**
 * The chains a selection reads: undefined for the whole programme (nothing selected, or every
 * chain), else the selected ids. `knownChainIds` decides which ids exist.
 */
export function selectionScope(selected: readonly number[], knownChainIds: readonly number[]): number[] | undefined {
  if (selected.length === 0) return undefined
  return knownChainIds.every(c => selected.includes(c)) ? undefined : [...selected]
}

/** The selected ids no chain has (a request naming them is answered 400). */
export function unknownChainIds(selected: readonly number[], knownChainIds: readonly number[]): number[] {
  return selected.filter(c => !knownChainIds.includes(c))
}

/** The query's field error naming the selected ids no chain has (empty when every one exists), one wording for both sides. */
export function unknownChainIssues(
  selected: readonly number[],
  knownChainIds: readonly number[],
): Record<string, string> {
  const unknown = unknownChainIds(selected, knownChainIds)
  return unknown.length > 0 ? { chainId: `unknown chain: ${unknown.join(',')}` } : {}
}

/**
 * Every KPI for a selection of chains read as their union: the input narrowed to the selected
 * chains' enterprises (members of any), visits, bottlenecks and recommendations (linked to any),
 * then computeKpis over the whole narrowed world. Undefined means the whole programme.
 */
export function computeSelectionKpis(
  input: KpiInput,
  chainIds: readonly number[] | undefined,
  p: Period,
  asOf: string,
): Kpis {
  if (chainIds === undefined) return computeKpis(input, {}, p, asOf)
  if (chainIds.length === 1) return computeKpis(input, { chainId: chainIds[0] }, p, asOf)
  const selected = new Set(chainIds)
  const narrowed: KpiInput = {
    enterprises: input.enterprises.filter(e => e.chains.some(c => selected.has(c.chainId))),
    visits: input.visits.filter(v => selected.has(v.chainId)),
    bottlenecks: input.bottlenecks.filter(b => selected.has(b.chainId)),
    recommendations: input.recommendations.filter(r => r.chainIds.some(c => selected.has(c))),
  }
  return computeKpis(narrowed, {}, p, asOf)
}
