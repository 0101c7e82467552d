import type { TrendPoint } from '#contract'
import { ariaOption, emptyTitle } from './common'
import type { ChartOption, Translate } from './types'

/**
 * The chain page's activity by month: visits and forums stacked as bars (together they are the
 * chain's meetings with enterprises), bottlenecks resolved as a line on the same count axis.
 */
export function buildChainMonthlyOption(months: TrendPoint[], t: Translate): ChartOption {
  return {
    aria: ariaOption(true),
    title: months.length === 0 ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map(m => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        stack: 'meetings',
        name: t('lists.chain.series.visits'),
        data: months.map(m => m.visits - m.forums),
      },
      { type: 'bar', stack: 'meetings', name: t('lists.chain.series.forums'), data: months.map(m => m.forums) },
      {
        type: 'line',
        name: t('lists.chain.series.bottlenecksResolved'),
        data: months.map(m => m.bottlenecksResolved),
        symbolSize: 6,
      },
    ],
  }
}

/** The chart's text alternative: the busiest month and the totals over the range. */
export function describeChainMonthly(months: TrendPoint[], t: Translate): string {
  if (months.length === 0) return t('lists.chain.chartEmpty')
  const busiest = months.reduce((a, b) => (b.visits > a.visits ? b : a))
  const visits = months.reduce((s, m) => s + m.visits, 0)
  const resolved = months.reduce((s, m) => s + m.bottlenecksResolved, 0)
  return t('lists.chain.chartSummary', {
    from: months[0]!.month,
    to: months[months.length - 1]!.month,
    visits,
    resolved,
    busiest: busiest.month,
    busiestVisits: busiest.visits,
  })
}
