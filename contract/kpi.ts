/**
 * KPI definitions of DOMAIN.md as pure functions over plain records. The mock computes the
 * Overview with them, and the server's SQL is tested against them on the same data.
 *
 * Cohorts (DOMAIN.md "KPIs"; every rate's numerator is a subset of its denominator's cohort, so no
 * rate exceeds 100%, and each rate has its own numerator and denominator fields for a card to show):
 * - visit and outcome KPIs count what happened in the period;
 * - bottleneck KPIs count the bottlenecks raised in the period (their current state): resolution
 *   rate = bottlenecksResolved ÷ bottlenecksAccepted, both of that cohort;
 * - on-time: bottlenecks whose deadline in force falls in the period and has passed by `asOf`
 *   (= min(period end, today)), so a deadline still to come is never counted as missed;
 *   resolvedOnTime ÷ dueInPeriod;
 * - acknowledgement timeliness: assigned in the period; days-to-resolve: resolved in the period;
 * - overdue: the items open at the end of `asOf` (in scope, whenever raised) and, of them, those
 *   whose deadline in force is before `asOf`: overdue ÷ open;
 * - satisfaction: the rating events dated in the period (a re-rating is one more event), not the
 *   ratings the period's bottlenecks hold now: (satisfied + basicallySatisfied) ÷ rated, and the
 *   strict rate satisfied ÷ rated;
 * - recommendation KPIs count the step dates that fall in the period; implementation rate =
 *   recForwardedImplemented (forwarded in the period and now implemented) ÷ recForwarded.
 *   recImplemented (implemented in the period, whenever forwarded) is a count, not its numerator.
 * Rates are null when nothing is in the denominator.
 */
import { countedAmountCny } from './bounds'
import { OPEN_BOTTLENECK_STATES } from './lifecycles'
import { daysBetween } from './calendar'
import type { Bottleneck, BottleneckEvent, Enterprise, Recommendation, Satisfaction, Visit } from './entities'
import type { CountyCode } from './reference'

export interface Period {
  from: string
  to: string
}

export interface Kpis {
  visits: number
  oneOnOneVisits: number
  forums: number
  enterprisesVisited: number
  enterprisesTotal: number
  coverage: number | null
  bottlenecksRaised: number
  bottlenecksAccepted: number
  bottlenecksResolved: number
  resolutionRate: number | null
  resolvedByType: { solved: number; partly_solved: number; planned: number; explained: number }
  dueInPeriod: number
  resolvedOnTime: number
  onTimeRate: number | null
  resolvedOnTimeOriginal: number
  onTimeRateOriginal: number | null
  assigned: number
  acknowledgedInTime: number
  ackTimeliness: number | null
  open: number
  overdue: number
  overdueRate: number | null
  medianDaysToResolve: number | null
  meanDaysToResolve: number | null
  reopened: number
  closedOrReopened: number
  reopenRate: number | null
  rated: number
  satisfied: number
  basicallySatisfied: number
  satisfactionRate: number | null
  strictSatisfactionRate: number | null
  ordersWon: number
  ordersAmountCny: number
  marketsOpened: number
  recSubmitted: number
  recInstructed: number
  recForwarded: number
  recImplemented: number
  /** Forwarded in the period and now implemented: the implementation rate's numerator. */
  recForwardedImplemented: number
  implementationRate: number | null
}

export const KPI_KEYS = [
  'visits',
  'oneOnOneVisits',
  'forums',
  'enterprisesVisited',
  'enterprisesTotal',
  'coverage',
  'bottlenecksRaised',
  'bottlenecksAccepted',
  'bottlenecksResolved',
  'resolutionRate',
  'dueInPeriod',
  'resolvedOnTime',
  'onTimeRate',
  'resolvedOnTimeOriginal',
  'onTimeRateOriginal',
  'assigned',
  'acknowledgedInTime',
  'ackTimeliness',
  'open',
  'overdue',
  'overdueRate',
  'medianDaysToResolve',
  'meanDaysToResolve',
  'reopened',
  'closedOrReopened',
  'reopenRate',
  'rated',
  'satisfied',
  'basicallySatisfied',
  'satisfactionRate',
  'strictSatisfactionRate',
  'ordersWon',
  'ordersAmountCny',
  'marketsOpened',
  'recSubmitted',
  'recInstructed',
  'recForwarded',
  'recImplemented',
  'recForwardedImplemented',
  'implementationRate',
] as const satisfies readonly (keyof Kpis)[]

/** The KPIs read from visits and enterprises alone; every other KPI reads bottlenecks or recommendations. */
export const VISIT_KPI_KEYS = [
  'visits',
  'oneOnOneVisits',
  'forums',
  'enterprisesVisited',
  'enterprisesTotal',
  'coverage',
  'ordersWon',
  'ordersAmountCny',
  'marketsOpened',
] as const satisfies readonly (keyof Kpis)[]

/** The slice of the world a KPI is computed over. */
export interface KpiScope {
  chainId?: number
  county?: CountyCode
}

/** A timeline event as the satisfaction KPIs read it: its action and its China-time instant. */
export type KpiEvent = Pick<BottleneckEvent, 'action' | 'at'>

/**
 * The fields of a bottleneck the KPIs read (a record, or one replayed to a past day). `events`
 * carries its rating events; without them it contributes no rating.
 */
export type KpiBottleneck = Pick<
  Bottleneck,
  | 'chainId'
  | 'county'
  | 'raisedOn'
  | 'status'
  | 'resolutionType'
  | 'resolveBy'
  | 'originalResolveBy'
  | 'resolvedOn'
  | 'assignedOn'
  | 'acknowledgeBy'
  | 'acknowledgedOn'
  | 'reopenCount'
  | 'satisfaction'
> & { events?: readonly KpiEvent[] }

/** The timeline actions that are a rating, and the rating each gives. */
export const RATING_ACTIONS: Readonly<Record<string, Satisfaction>> = {
  rate_satisfied: 'satisfied',
  rate_basically_satisfied: 'basically_satisfied',
  rate_dissatisfied: 'dissatisfied',
}

/** The business date of an event's instant: its date part, since events carry China time (+08:00). */
export function eventDate(at: string): string {
  return at.slice(0, 10)
}

/** The ratings of the bottlenecks dated in [from, to], one per rating event (a re-rating included). */
export function ratingsIn(bottlenecks: readonly KpiBottleneck[], from: string, to: string): Satisfaction[] {
  const out: Satisfaction[] = []
  for (const b of bottlenecks) {
    for (const e of b.events ?? []) {
      const level = RATING_ACTIONS[e.action]
      if (level === undefined) continue
      const on = eventDate(e.at)
      if (on >= from && on <= to) out.push(level)
    }
  }
  return out
}

/** Whether the bottleneck was open at the end of `day`, read from its fields as they stand. */
export function openOnDay(b: KpiBottleneck, day: string): boolean {
  if (b.raisedOn > day || b.status === 'rejected') return false
  // Still open now, or resolved only after the day: open on it. A resolved item's resolvedOn is its
  // last resolution, so an item resolved, reopened and resolved again counts from its last one.
  return OPEN_BOTTLENECK_STATES.includes(b.status) || (b.resolvedOn !== null && b.resolvedOn > day)
}

/** The on-time cohort's window: deadlines in the period that have passed by `asOf`; null when none can. */
export function dueWindow(period: Period, asOf: string): Period | null {
  const to = period.to < asOf ? period.to : asOf
  return to < period.from ? null : { from: period.from, to }
}

/** The fields of a recommendation the KPIs read. */
export type KpiRecommendation = Pick<
  Recommendation,
  'chainIds' | 'status' | 'submittedOn' | 'firstInstructedOn' | 'forwardedOn' | 'implementedOn'
>

export interface KpiInput {
  enterprises: Enterprise[]
  visits: Visit[]
  bottlenecks: readonly KpiBottleneck[]
  recommendations: readonly KpiRecommendation[]
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function inPeriod(d: string | null, p: Period): d is string {
  return d !== null && d >= p.from && d <= p.to
}

/** Enterprises in scope: members of the chain and located in the county. */
export function enterprisesInScope(enterprises: Enterprise[], scope: KpiScope): Enterprise[] {
  return enterprises.filter(
    e =>
      (scope.chainId === undefined || e.chains.some(c => c.chainId === scope.chainId)) &&
      (scope.county === undefined || e.county === scope.county),
  )
}

/** Computes every KPI for one scope and period. `asOf` is the day overdue is judged on. */
export function computeKpis(input: KpiInput, scope: KpiScope, period: Period, asOf: string): Kpis {
  const scopedEnterprises = enterprisesInScope(input.enterprises, scope)
  const inScopeIds = new Set(scopedEnterprises.map(e => e.id))
  const countyOf = new Map(input.enterprises.map(e => [e.id, e.county]))

  // A visit is in scope when it is the chain's and touches an enterprise in the county.
  const visits = input.visits.filter(
    v =>
      inPeriod(v.date, period) &&
      (scope.chainId === undefined || v.chainId === scope.chainId) &&
      (scope.county === undefined || v.enterpriseIds.some(id => countyOf.get(id) === scope.county)),
  )
  const visited = new Set<number>()
  let ordersWon = 0
  let ordersAmountCny = 0
  let marketsOpened = 0
  for (const v of visits) {
    for (const id of v.enterpriseIds) if (inScopeIds.has(id)) visited.add(id)
    for (const o of v.outcomes) {
      if (scope.county !== undefined && countyOf.get(o.enterpriseId) !== scope.county) continue
      // An amount outside the bounds (stored before them, or around the API) adds nothing: countedAmountCny.
      if (o.type === 'order') {
        ordersWon++
        ordersAmountCny += countedAmountCny(o.amountCny)
      } else marketsOpened++
    }
  }

  const scoped = input.bottlenecks.filter(
    b =>
      (scope.chainId === undefined || b.chainId === scope.chainId) &&
      (scope.county === undefined || b.county === scope.county),
  )
  const raised = scoped.filter(b => inPeriod(b.raisedOn, period))
  const accepted = raised.filter(b => b.status !== 'submitted' && b.status !== 'rejected')
  const resolved = accepted.filter(b => b.status === 'resolved' || b.status === 'closed')
  const resolvedByType = { solved: 0, partly_solved: 0, planned: 0, explained: 0 }
  for (const b of resolved) if (b.resolutionType) resolvedByType[b.resolutionType]++

  const passed = dueWindow(period, asOf)
  const due = passed === null ? [] : scoped.filter(b => inPeriod(b.resolveBy, passed))
  const onTime = due.filter(b => b.resolvedOn !== null && b.resolvedOn <= b.resolveBy!)
  const onTimeOriginal = due.filter(
    b => b.resolvedOn !== null && b.originalResolveBy !== null && b.resolvedOn <= b.originalResolveBy,
  )

  const assigned = scoped.filter(b => inPeriod(b.assignedOn, period))
  const ackInTime = assigned.filter(
    b => b.acknowledgedOn !== null && b.acknowledgeBy !== null && b.acknowledgedOn <= b.acknowledgeBy,
  )

  const open = scoped.filter(b => openOnDay(b, asOf))
  const overdue = open.filter(b => b.resolveBy !== null && b.resolveBy < asOf)

  const resolvedInPeriod = scoped.filter(
    b => inPeriod(b.resolvedOn, period) && (b.status === 'resolved' || b.status === 'closed'),
  )
  const days = resolvedInPeriod.map(b => daysBetween(b.raisedOn, b.resolvedOn!))

  const reopened = raised.filter(b => b.reopenCount > 0)
  const closedOrReopened = raised.filter(b => b.status === 'closed' || b.reopenCount > 0)
  // A rating given after asOf (a server pinned to a past day) is not yet given on it.
  const rated = passed === null ? [] : ratingsIn(scoped, passed.from, passed.to)
  const satisfied = rated.filter(r => r === 'satisfied').length
  const basicallySatisfied = rated.filter(r => r === 'basically_satisfied').length

  const recs = input.recommendations.filter(r => scope.chainId === undefined || r.chainIds.includes(scope.chainId))
  const forwarded = recs.filter(r => inPeriod(r.forwardedOn, period))
  const forwardedImplemented = forwarded.filter(r => r.status === 'implemented').length

  return {
    visits: visits.length,
    oneOnOneVisits: visits.filter(v => v.type === 'visit').length,
    forums: visits.filter(v => v.type === 'forum').length,
    enterprisesVisited: visited.size,
    enterprisesTotal: scopedEnterprises.length,
    coverage: ratio(visited.size, scopedEnterprises.length),
    bottlenecksRaised: raised.length,
    bottlenecksAccepted: accepted.length,
    bottlenecksResolved: resolved.length,
    resolutionRate: ratio(resolved.length, accepted.length),
    resolvedByType,
    dueInPeriod: due.length,
    resolvedOnTime: onTime.length,
    onTimeRate: ratio(onTime.length, due.length),
    resolvedOnTimeOriginal: onTimeOriginal.length,
    onTimeRateOriginal: ratio(onTimeOriginal.length, due.length),
    assigned: assigned.length,
    acknowledgedInTime: ackInTime.length,
    ackTimeliness: ratio(ackInTime.length, assigned.length),
    open: open.length,
    overdue: overdue.length,
    overdueRate: ratio(overdue.length, open.length),
    medianDaysToResolve: median(days),
    meanDaysToResolve: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    reopened: reopened.length,
    closedOrReopened: closedOrReopened.length,
    reopenRate: ratio(reopened.length, closedOrReopened.length),
    rated: rated.length,
    satisfied,
    basicallySatisfied,
    satisfactionRate: ratio(satisfied + basicallySatisfied, rated.length),
    strictSatisfactionRate: ratio(satisfied, rated.length),
    ordersWon,
    ordersAmountCny,
    marketsOpened,
    recSubmitted: recs.filter(r => inPeriod(r.submittedOn, period)).length,
    recInstructed: recs.filter(r => inPeriod(r.firstInstructedOn, period)).length,
    recForwarded: forwarded.length,
    recImplemented: recs.filter(r => inPeriod(r.implementedOn, period)).length,
    recForwardedImplemented: forwardedImplemented,
    implementationRate: ratio(forwardedImplemented, forwarded.length),
  }
}
