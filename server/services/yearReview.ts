/**
 * The year in review: every KPI of a calendar year for a selection of chains, in total, per chain
 * and per month. One chain or the whole programme is exactly the Overview's arithmetic
 * (services/kpis.ts); several chains are their union: per-chain counts summed where a record has one
 * chain (visits, outcomes, bottlenecks), counted distinct where it can have several (enterprises,
 * recommendations), as contract computeSelectionKpis has it.
 */
import {
  monthPeriods,
  periodAsOf,
  ratio,
  selectionScope,
  unknownChainIssues,
  yearPeriod,
  type Kpis,
  type Period,
  type YearReview,
  type YearReviewQuery,
} from '#contract'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { ApiProblem } from '../errors'
import * as facts from '../repositories/kpiFacts'
import { listChains } from '../repositories/reference'
import {
  membersOfChains,
  membersVisitedByChainsInPeriods,
  recommendationFactsOfChains,
} from '../repositories/yearReview'
import { histogramMedian, kpisByGroup, scopeKpis } from './kpis'

/** The counts of Kpis that add up over chains, since a visit, outcome or bottleneck has one chain. */
const ADDITIVE = [
  'visits',
  'oneOnOneVisits',
  'forums',
  'bottlenecksRaised',
  'bottlenecksAccepted',
  'bottlenecksResolved',
  'dueInPeriod',
  'resolvedOnTime',
  'resolvedOnTimeOriginal',
  'assigned',
  'acknowledgedInTime',
  'open',
  'overdue',
  'reopened',
  'closedOrReopened',
  'rated',
  'satisfied',
  'basicallySatisfied',
  'ordersWon',
  'ordersAmountCny',
  'marketsOpened',
] as const satisfies readonly (keyof Kpis)[]

/** The days-to-resolve histograms of the chains, merged into one (sorted by days). */
function mergeBins(byChain: facts.Grouped<facts.DaysBin[]>, chainIds: readonly number[]): facts.DaysBin[] {
  const counts = new Map<number, number>()
  for (const id of chainIds)
    for (const b of byChain.get(id) ?? []) counts.set(b.days, (counts.get(b.days) ?? 0) + b.count)
  return [...counts].sort((a, b) => a[0] - b[0]).map(([days, count]) => ({ days, count }))
}

/**
 * The distinct-member counts of a union of chains, read once for the year and all its months:
 * members do not depend on the period, and the members visited in every period come from one pass.
 */
interface UnionMembers {
  total: Promise<number>
  visitedIn: (period: Period) => Promise<number>
}

function unionMembers(db: Kysely<Database>, chainIds: readonly number[], periods: readonly Period[]): UnionMembers {
  const visited = membersVisitedByChainsInPeriods(db, chainIds, periods)
  const keyOf = (p: Period) => `${p.from}|${p.to}`
  const index = new Map(periods.map((p, i) => [keyOf(p), i]))
  return {
    total: membersOfChains(db, chainIds),
    visitedIn: async period => {
      const at = index.get(keyOf(period))
      if (at === undefined) throw new Error(`members visited were not read for ${keyOf(period)}`)
      return (await visited)[at]!
    },
  }
}

/** Every KPI of the union of several chains in the period, overdue judged on `asOf`. */
async function unionKpis(
  db: Kysely<Database>,
  chainIds: readonly number[],
  period: Period,
  asOf: string,
  memo: facts.FactsMemo,
  members: UnionMembers,
): Promise<Kpis> {
  const [perChain, bins, enterprisesTotal, enterprisesVisited, recs] = await Promise.all([
    kpisByGroup(db, {}, period, asOf, 'chain', chainIds, memo),
    facts.daysToResolveHistogram(db, {}, period, 'chain', memo),
    members.total,
    members.visitedIn(period),
    recommendationFactsOfChains(db, chainIds, period),
  ])
  const parts = chainIds.map(id => perChain.get(id)!)
  const sum = Object.fromEntries(ADDITIVE.map(k => [k, parts.reduce((n, p) => n + p[k], 0)])) as Record<
    (typeof ADDITIVE)[number],
    number
  >
  const resolvedByType = { solved: 0, partly_solved: 0, planned: 0, explained: 0 }
  for (const p of parts)
    for (const k of Object.keys(resolvedByType) as (keyof typeof resolvedByType)[])
      resolvedByType[k] += p.resolvedByType[k]
  const merged = mergeBins(bins, chainIds)
  const resolvedCount = merged.reduce((n, b) => n + b.count, 0)
  return {
    ...sum,
    enterprisesVisited,
    enterprisesTotal,
    coverage: ratio(enterprisesVisited, enterprisesTotal),
    resolutionRate: ratio(sum.bottlenecksResolved, sum.bottlenecksAccepted),
    resolvedByType,
    onTimeRate: ratio(sum.resolvedOnTime, sum.dueInPeriod),
    onTimeRateOriginal: ratio(sum.resolvedOnTimeOriginal, sum.dueInPeriod),
    ackTimeliness: ratio(sum.acknowledgedInTime, sum.assigned),
    overdueRate: ratio(sum.overdue, sum.open),
    medianDaysToResolve: histogramMedian(merged),
    meanDaysToResolve: resolvedCount ? merged.reduce((n, b) => n + b.days * b.count, 0) / resolvedCount : null,
    reopenRate: ratio(sum.reopened, sum.closedOrReopened),
    satisfactionRate: ratio(sum.satisfied + sum.basicallySatisfied, sum.rated),
    strictSatisfactionRate: ratio(sum.satisfied, sum.rated),
    recSubmitted: recs.submitted,
    recInstructed: recs.instructed,
    recForwarded: recs.forwarded,
    recImplemented: recs.implemented,
    recForwardedImplemented: recs.forwardedImplemented,
    implementationRate: ratio(recs.forwardedImplemented, recs.forwarded),
  }
}

/** Every KPI of the selection (undefined: the whole programme) in the period; `members` is set for several chains. */
function selectionKpis(
  db: Kysely<Database>,
  chainIds: readonly number[] | undefined,
  period: Period,
  asOf: string,
  memo: facts.FactsMemo,
  members: UnionMembers | undefined,
): Promise<Kpis> {
  if (chainIds === undefined) return scopeKpis(db, {}, period, asOf, memo)
  if (chainIds.length === 1) return scopeKpis(db, { chainId: chainIds[0] }, period, asOf, memo)
  return unionKpis(db, chainIds, period, asOf, memo, members!)
}

/** Builds the year in review for the query, judged on the business date `today`; unknown chains are a 400. */
export async function buildYearReview(db: Kysely<Database>, q: YearReviewQuery, today: string): Promise<YearReview> {
  const selected = q.chainId ?? []
  const chains = await listChains(db)
  const known = chains.map(c => c.id)
  const issues = unknownChainIssues(selected, known)
  if (Object.keys(issues).length > 0) throw new ApiProblem(400, 'validation_failed', 'invalid querystring', issues)

  const period = yearPeriod(q.year)
  const asOf = periodAsOf(period, today)
  const scope = selectionScope(selected, known)
  const shown = selected.length > 0 ? known.filter(id => selected.includes(id)) : known
  const months = monthPeriods(q.year)
  // The total and the chains of the year are sums over the same cells: read them once. The months
  // share the memo too (its keys name the period), so what no period changes, such as the
  // enterprise counts, is read once instead of thirteen times.
  const memo: facts.FactsMemo = new Map()
  const members =
    scope !== undefined && scope.length > 1
      ? unionMembers(db, scope, [period, ...months.map(m => m.period)])
      : undefined
  const [total, byChain, byMonth] = await Promise.all([
    selectionKpis(db, scope, period, asOf, memo, members),
    kpisByGroup(db, {}, period, asOf, 'chain', shown, memo),
    Promise.all(
      months.map(async m => ({
        month: m.month,
        kpis: await selectionKpis(db, scope, m.period, periodAsOf(m.period, today), memo, members),
      })),
    ),
  ])
  return {
    year: q.year,
    period,
    asOf,
    chainIds: selected,
    total,
    byChain: shown.map(chainId => ({ chainId, kpis: byChain.get(chainId)! })),
    byMonth,
  }
}
