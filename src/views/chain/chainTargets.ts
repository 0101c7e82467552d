import { daysBetween, type Chain, type ChainTarget } from '#contract'

export type TargetKey = 'visits' | 'bottlenecksResolved' | 'ordersWonCny'

export interface TargetProgress {
  key: TargetKey
  target: number | null
  actual: number
  /** actual ÷ target, null without a target. */
  ratio: number | null
}

/** The calendar range whose actuals count towards a year's targets: Jan 1 to Dec 31, or to today. */
export function yearRange(year: number, today: string): { from: string; to: string } {
  const from = `${year}-01-01`
  const end = `${year}-12-31`
  return { from, to: today < end ? (today < from ? from : today) : end }
}

/** Share of the year gone by on `today` (0..1): the pace a chain on track has reached. */
export function yearElapsed(year: number, today: string): number {
  const { from, to } = yearRange(year, today)
  const days = daysBetween(`${year}-01-01`, `${year + 1}-01-01`)
  return Math.min(1, Math.max(0, (daysBetween(from, to) + 1) / days))
}

/** Years the chain page offers: those with targets plus the current one, newest first. */
export function targetYears(chain: Pick<Chain, 'targets'>, currentYear: number): number[] {
  return [...new Set([currentYear, ...chain.targets.map(t => t.year)])].sort((a, b) => b - a)
}

/** Each annual target beside its actual from the overview KPIs of that year (missing counts as 0). */
export function targetProgress(
  target: ChainTarget | undefined,
  kpis: { visits: number | null; bottlenecksResolved: number | null; ordersAmountCny: number | null },
): TargetProgress[] {
  const rows: [TargetKey, number | undefined, number][] = [
    ['visits', target?.visits, kpis.visits ?? 0],
    ['bottlenecksResolved', target?.bottlenecksResolved, kpis.bottlenecksResolved ?? 0],
    ['ordersWonCny', target?.ordersWonCny, kpis.ordersAmountCny ?? 0],
  ]
  return rows.map(([key, t, actual]) => ({
    key,
    target: t ?? null,
    actual,
    ratio: t ? actual / t : null,
  }))
}
