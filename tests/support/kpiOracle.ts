/**
 * A deliberately plain second implementation of DOMAIN.md's KPIs, counted straight from the raw
 * World records with loops and no shared helpers: it does not call contract/kpi.ts, so a property
 * test that compares the server's answers with it checks the engine rather than itself.
 *
 * Only the figures with a rate are here, each as (numerator, denominator) of its cohort; the visit
 * counts are checked elsewhere (rollups.test.ts, analytics.test.ts).
 */
import type { World } from '#contract'

/** A rate's own numerator and denominator. */
export interface Fraction {
  num: number
  den: number
}

/** The oracle's figures for one scope and period. */
export interface OracleKpis {
  /** Raised in the period. */
  raised: number
  /** Resolved or closed ÷ accepted, of those raised in the period. */
  resolution: Fraction
  /** Resolved by the deadline in force ÷ deadlines in the period passed by min(to, today). */
  onTime: Fraction
  /** Open at the end of min(to, today) with a deadline before it ÷ all open then. */
  overdue: Fraction
  /** Satisfied or basically satisfied ÷ rating events dated in the period (up to min(to, today)). */
  satisfaction: Fraction
  /** Satisfied only ÷ the same ratings. */
  strictSatisfaction: Fraction
  /** Forwarded in the period and now implemented ÷ forwarded in the period. */
  implementation: Fraction
}

export interface OracleScope {
  chainIds?: readonly number[]
  county?: string
}

const OPEN = ['submitted', 'accepted', 'assigned', 'disputed', 'in_progress', 'escalated']

function between(d: string | null | undefined, from: string, to: string): boolean {
  return d !== null && d !== undefined && d >= from && d <= to
}

/** Counts every rated KPI of the scope (chains read as a union) for [from, to], judged on `today`. */
export function oracleKpis(world: World, scope: OracleScope, from: string, to: string, today: string): OracleKpis {
  const day = to < today ? to : today
  const out: OracleKpis = {
    raised: 0,
    resolution: { num: 0, den: 0 },
    onTime: { num: 0, den: 0 },
    overdue: { num: 0, den: 0 },
    satisfaction: { num: 0, den: 0 },
    strictSatisfaction: { num: 0, den: 0 },
    implementation: { num: 0, den: 0 },
  }
  for (const b of world.bottlenecks) {
    if (b.voidedAt) continue
    if (scope.chainIds && !scope.chainIds.includes(b.chainId)) continue
    if (scope.county && b.county !== scope.county) continue

    if (between(b.raisedOn, from, to)) {
      out.raised++
      if (b.status !== 'submitted' && b.status !== 'rejected') {
        out.resolution.den++
        if (b.status === 'resolved' || b.status === 'closed') out.resolution.num++
      }
    }

    if (day >= from && between(b.resolveBy, from, day)) {
      out.onTime.den++
      if (b.resolvedOn !== null && b.resolvedOn <= b.resolveBy!) out.onTime.num++
    }

    let openThatDay = false
    if (b.raisedOn <= day && b.status !== 'rejected') {
      if (OPEN.includes(b.status)) openThatDay = true
      if (b.resolvedOn !== null && b.resolvedOn > day) openThatDay = true
    }
    if (openThatDay) {
      out.overdue.den++
      if (b.resolveBy !== null && b.resolveBy < day) out.overdue.num++
    }

    for (const e of b.events) {
      if (!e.action.startsWith('rate_')) continue
      const on = e.at.slice(0, 10)
      if (on < from || on > day) continue
      out.satisfaction.den++
      out.strictSatisfaction.den++
      if (e.action === 'rate_satisfied') {
        out.satisfaction.num++
        out.strictSatisfaction.num++
      }
      if (e.action === 'rate_basically_satisfied') out.satisfaction.num++
    }
  }
  for (const r of world.recommendations) {
    if (r.voidedAt) continue
    if (scope.chainIds && !r.chainIds.some(c => scope.chainIds!.includes(c))) continue
    if (!between(r.forwardedOn, from, to)) continue
    out.implementation.den++
    if (r.status === 'implemented') out.implementation.num++
  }
  return out
}

/** The Kpis fields (numerator, denominator, rate) the server shows for each of the oracle's fractions. */
export const SHOWN_FRACTIONS = {
  resolution: { num: 'bottlenecksResolved', den: 'bottlenecksAccepted', rate: 'resolutionRate' },
  onTime: { num: 'resolvedOnTime', den: 'dueInPeriod', rate: 'onTimeRate' },
  overdue: { num: 'overdue', den: 'open', rate: 'overdueRate' },
  strictSatisfaction: { num: 'satisfied', den: 'rated', rate: 'strictSatisfactionRate' },
  implementation: { num: 'recForwardedImplemented', den: 'recForwarded', rate: 'implementationRate' },
} as const satisfies Partial<Record<keyof OracleKpis, { num: string; den: string; rate: string }>>

/** The numerator the server shows for the oracle's fraction (satisfaction's is a sum of two counts). */
export function shownFraction(kpis: Record<string, unknown>, key: keyof OracleKpis): Fraction {
  if (key === 'satisfaction')
    return { num: Number(kpis.satisfied) + Number(kpis.basicallySatisfied), den: Number(kpis.rated) }
  const f = SHOWN_FRACTIONS[key as keyof typeof SHOWN_FRACTIONS]
  return { num: Number(kpis[f.num]), den: Number(kpis[f.den]) }
}

/** The rate field of each oracle fraction. */
export const RATE_OF: Record<Exclude<keyof OracleKpis, 'raised'>, string> = {
  resolution: 'resolutionRate',
  onTime: 'onTimeRate',
  overdue: 'overdueRate',
  satisfaction: 'satisfactionRate',
  strictSatisfaction: 'strictSatisfactionRate',
  implementation: 'implementationRate',
}
