/** Assembles the contract's Kpis from the counts in kpiFacts, for one scope or per chain / county. */
import { ratio, type CountyCode, type Kpis, type Period } from '#contract'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import * as facts from '../repositories/kpiFacts'

/** Median of a histogram of values (the same result as contract median() over the expanded list). */
export function histogramMedian(bins: facts.DaysBin[]): number | null {
  const total = bins.reduce((n, b) => n + b.count, 0)
  if (total === 0) return null
  const at = (index: number) => {
    let seen = 0
    for (const b of bins) {
      seen += b.count
      if (index < seen) return b.days
    }
    return bins.at(-1)!.days
  }
  const mid = total >> 1
  return total % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

const NO_RAISED: facts.RaisedFacts = {
  raised: 0,
  accepted: 0,
  resolved: 0,
  resolvedByType: { solved: 0, partly_solved: 0, planned: 0, explained: 0 },
  open: 0,
  overdue: 0,
  reopened: 0,
  closedOrReopened: 0,
  rated: 0,
  satisfied: 0,
  basicallySatisfied: 0,
}
const NO_RECS: facts.RecommendationFacts = {
  submitted: 0,
  instructed: 0,
  forwarded: 0,
  implemented: 0,
  forwardedImplemented: 0,
}

/**
 * Every KPI of contract/kpi.ts for the scope and period, overdue judged on `asOf`: for the scope
 * as a whole (no `group`, key 'all'), or for each of `keys` when grouped by chain or county, the
 * group narrowing the scope as computeKpis(…, { ...scope, chainId | county: key }) would.
 */
export async function kpisByGroup(
  db: Kysely<Database>,
  scope: facts.Scope,
  period: Period,
  asOf: string,
  group: facts.GroupBy,
  keys: readonly (number | string)[],
  memo?: facts.FactsMemo,
): Promise<Map<number | string, Kpis>> {
  const [visits, outcomes, visited, totals, raised, due, assigned, bins, recs] = await Promise.all([
    facts.visitCounts(db, scope, period, group),
    facts.outcomeTotals(db, scope, period, group),
    facts.enterprisesVisited(db, scope, period, group, memo),
    facts.enterprisesTotal(db, scope, group, memo),
    facts.raisedFacts(db, scope, period, asOf, group, memo),
    facts.dueFacts(db, scope, period, asOf, group, memo),
    facts.assignedFacts(db, scope, period, group, memo),
    facts.daysToResolveHistogram(db, scope, period, group, memo),
    // Recommendations have no county: per county they are the scope's, unsplit.
    facts.recommendationFacts(db, scope.chainId, period, group === 'chain' ? 'chain' : undefined),
  ])
  const result = new Map<number | string, Kpis>()
  for (const key of keys) {
    const v = visits.get(key) ?? { visits: 0, oneOnOneVisits: 0, forums: 0 }
    const o = outcomes.get(key) ?? { ordersWon: 0, ordersAmountCny: 0, marketsOpened: 0 }
    const enterprisesVisited = visited.get(key) ?? 0
    const enterprisesTotal = totals.get(key) ?? 0
    const r = raised.get(key) ?? NO_RAISED
    const d = due.get(key) ?? { due: 0, onTime: 0, onTimeOriginal: 0 }
    const a = assigned.get(key) ?? { assigned: 0, acknowledgedInTime: 0 }
    const h = bins.get(key) ?? []
    const rec = (group === 'chain' ? recs.get(key) : recs.get('all')) ?? NO_RECS
    const resolvedCount = h.reduce((n, b) => n + b.count, 0)
    const daysSum = h.reduce((n, b) => n + b.days * b.count, 0)
    result.set(key, {
      ...v,
      enterprisesVisited,
      enterprisesTotal,
      coverage: ratio(enterprisesVisited, enterprisesTotal),
      bottlenecksRaised: r.raised,
      bottlenecksAccepted: r.accepted,
      bottlenecksResolved: r.resolved,
      resolutionRate: ratio(r.resolved, r.accepted),
      resolvedByType: r.resolvedByType,
      dueInPeriod: d.due,
      resolvedOnTime: d.onTime,
      onTimeRate: ratio(d.onTime, d.due),
      resolvedOnTimeOriginal: d.onTimeOriginal,
      onTimeRateOriginal: ratio(d.onTimeOriginal, d.due),
      assigned: a.assigned,
      acknowledgedInTime: a.acknowledgedInTime,
      ackTimeliness: ratio(a.acknowledgedInTime, a.assigned),
      open: r.open,
      overdue: r.overdue,
      overdueRate: ratio(r.overdue, r.open),
      medianDaysToResolve: histogramMedian(h),
      meanDaysToResolve: resolvedCount ? daysSum / resolvedCount : null,
      reopened: r.reopened,
      closedOrReopened: r.closedOrReopened,
      reopenRate: ratio(r.reopened, r.closedOrReopened),
      rated: r.rated,
      satisfied: r.satisfied,
      basicallySatisfied: r.basicallySatisfied,
      satisfactionRate: ratio(r.satisfied + r.basicallySatisfied, r.rated),
      strictSatisfactionRate: ratio(r.satisfied, r.rated),
      ...o,
      recSubmitted: rec.submitted,
      recInstructed: rec.instructed,
      recForwarded: rec.forwarded,
      recImplemented: rec.implemented,
      recForwardedImplemented: rec.forwardedImplemented,
      implementationRate: ratio(rec.forwardedImplemented, rec.forwarded),
    })
  }
  return result
}

/** Every KPI for one scope and period (overdue judged on `asOf`). */
export async function scopeKpis(
  db: Kysely<Database>,
  scope: facts.Scope,
  period: Period,
  asOf: string,
  memo?: facts.FactsMemo,
): Promise<Kpis> {
  return (await kpisByGroup(db, scope, period, asOf, undefined, ['all'], memo)).get('all')!
}

export interface CountyFigures {
  county: CountyCode
  visits: number
  enterprisesVisited: number
  enterprisesTotal: number
  bottlenecksRaised: number
  overdue: number
}

/** The Overview's per-county figures, each as computeKpis(…, { chainId, county }) has them; only the facts they need. */
export async function countyFigures(
  db: Kysely<Database>,
  chainId: number | undefined,
  counties: readonly CountyCode[],
  period: Period,
  asOf: string,
  memo?: facts.FactsMemo,
): Promise<CountyFigures[]> {
  const scope = { chainId }
  const [visits, visited, totals, raised] = await Promise.all([
    facts.visitCounts(db, scope, period, 'county'),
    facts.enterprisesVisited(db, scope, period, 'county', memo),
    facts.enterprisesTotal(db, scope, 'county', memo),
    facts.raisedFacts(db, scope, period, asOf, 'county', memo),
  ])
  return counties.map(county => ({
    county,
    visits: visits.get(county)?.visits ?? 0,
    enterprisesVisited: visited.get(county) ?? 0,
    enterprisesTotal: totals.get(county) ?? 0,
    bottlenecksRaised: raised.get(county)?.raised ?? 0,
    overdue: raised.get(county)?.overdue ?? 0,
  }))
}
