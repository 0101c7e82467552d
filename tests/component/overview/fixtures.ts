import { BOTTLENECK_CATEGORIES, BOTTLENECK_STATES, KPI_KEYS, RECOMMENDATION_STATES, type Overview } from '#contract'

type OverviewKpis = Overview['total']

/** KPIs with every number zero, overridden by `patch`. */
export function kpis(patch: Partial<OverviewKpis> = {}): OverviewKpis {
  const zero = Object.fromEntries(KPI_KEYS.map(k => [k, 0])) as Omit<OverviewKpis, 'resolvedByType'>
  return { ...zero, resolvedByType: { solved: 0, partly_solved: 0, planned: 0, explained: 0 }, ...patch }
}

/** A small Overview: current and previous KPIs chosen so every delta direction occurs. */
export function overviewFixture(): Overview {
  const previousPeriod = { from: '2025-01-01', to: '2025-03-31' }
  const previous = kpis({
    visits: 100,
    enterprisesVisited: 80,
    bottlenecksRaised: 50,
    resolutionRate: 0.5,
    onTimeRate: null,
    overdue: 4,
    satisfactionRate: 0.95,
    ordersAmountCny: 10_000_000,
    marketsOpened: 3,
    recSubmitted: 8,
  })
  return {
    period: { from: '2026-01-01', to: '2026-03-31' },
    previousPeriod,
    asOf: '2026-03-31',
    total: kpis({
      visits: 120,
      forums: 14,
      enterprisesVisited: 80,
      enterprisesTotal: 200,
      coverage: 0.4,
      bottlenecksRaised: 45,
      bottlenecksAccepted: 40,
      resolutionRate: 0.625,
      resolvedByType: { solved: 15, partly_solved: 5, planned: 3, explained: 2 },
      onTimeRate: 0.8,
      onTimeRateOriginal: 0.7,
      overdue: 6,
      overdueRate: 0.2,
      open: 30,
      satisfactionRate: 0.9,
      strictSatisfactionRate: 0.6,
      rated: 20,
      ordersWon: 4,
      ordersAmountCny: 12_500_000,
      marketsOpened: 3,
      recSubmitted: 10,
      recInstructed: 6,
      recForwarded: 5,
      recImplemented: 2,
      recForwardedImplemented: 2,
      implementationRate: 0.4,
    }),
    previous,
    comparisons: [{ kind: 'sameDatesLastYear', period: previousPeriod, total: previous }],
    byChain: [],
    byCounty: [],
    bottlenecksByStatus: Object.fromEntries(BOTTLENECK_STATES.map(s => [s, 0])) as Overview['bottlenecksByStatus'],
    bottlenecksByCategory: Object.fromEntries(
      BOTTLENECK_CATEGORIES.map(c => [c, 0]),
    ) as Overview['bottlenecksByCategory'],
    recommendationsByStatus: Object.fromEntries(
      RECOMMENDATION_STATES.map(s => [s, 0]),
    ) as Overview['recommendationsByStatus'],
  }
}
