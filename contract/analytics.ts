import { z } from 'zod'
import { id, isoDate } from './common'
import { KPI_KEYS } from './kpi'
import { BOTTLENECK_CATEGORIES, countyCode } from './reference'
import { BOTTLENECK_STATES, RECOMMENDATION_STATES } from './lifecycles'
import { comparisonKind } from './comparison'

const rateOrCount = z.number().nullable()
const kpiShape = Object.fromEntries(KPI_KEYS.map(k => [k, rateOrCount])) as Record<
  (typeof KPI_KEYS)[number],
  typeof rateOrCount
>

export const kpis = z.object({
  ...kpiShape,
  resolvedByType: z.object({
    solved: z.number(),
    partly_solved: z.number(),
    planned: z.number(),
    explained: z.number(),
  }),
})

export const period = z.object({ from: isoDate, to: isoDate })

export const overview = z.object({
  period,
  /** The default comparison period (contract/comparison.ts: the same dates last year); `comparisons[0]`'s. */
  previousPeriod: period,
  asOf: isoDate,
  total: kpis,
  /** The scope's KPIs over `previousPeriod`. */
  previous: kpis,
  /** Every comparison of the period, the default first; a month adds the previous month (环比). */
  comparisons: z.array(z.object({ kind: comparisonKind, period, total: kpis })).min(1),
  byChain: z.array(z.object({ chainId: id, kpis, previous: kpis })),
  byCounty: z.array(
    z.object({
      county: countyCode,
      visits: z.number(),
      enterprisesVisited: z.number(),
      enterprisesTotal: z.number(),
      bottlenecksRaised: z.number(),
      overdue: z.number(),
    }),
  ),
  /** Current status of the bottlenecks raised in the period. */
  bottlenecksByStatus: z.object(
    Object.fromEntries(BOTTLENECK_STATES.map(s => [s, z.number()])) as Record<
      (typeof BOTTLENECK_STATES)[number],
      z.ZodNumber
    >,
  ),
  bottlenecksByCategory: z.object(
    Object.fromEntries(BOTTLENECK_CATEGORIES.map(s => [s, z.number()])) as Record<
      (typeof BOTTLENECK_CATEGORIES)[number],
      z.ZodNumber
    >,
  ),
  /** Current status of the recommendations created in the period. */
  recommendationsByStatus: z.object(
    Object.fromEntries(RECOMMENDATION_STATES.map(s => [s, z.number()])) as Record<
      (typeof RECOMMENDATION_STATES)[number],
      z.ZodNumber
    >,
  ),
})
export type Overview = z.infer<typeof overview>

export const trendPoint = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  visits: z.number(),
  forums: z.number(),
  bottlenecksRaised: z.number(),
  bottlenecksResolved: z.number(),
  ordersAmountCny: z.number(),
})
export type TrendPoint = z.infer<typeof trendPoint>

export const trends = z.object({ period, months: z.array(trendPoint) })
export type Trends = z.infer<typeof trends>
