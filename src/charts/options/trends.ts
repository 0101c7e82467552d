import type { TrendPoint } from '#contract'
import { ariaOption, emptyTitle } from './common'
import type { ChartOption, LayoutOptions, Translate } from './types'

/** Orders are drawn in units of 10,000 CNY (万元) on their own axis. */
export const ORDERS_UNIT = 10_000

/**
 * Monthly trends: visits and forums as bars, bottlenecks raised and resolved as lines on the
 * count axis, orders won (10k CNY) as a line on a second axis.
 */
export function buildTrendsOption(months: TrendPoint[], t: Translate, layout: LayoutOptions = {}): ChartOption {
  const count = (key: 'visits' | 'forums' | 'bottlenecksRaised' | 'bottlenecksResolved') => months.map(m => m[key])
  return {
    aria: ariaOption(true),
    title: months.length === 0 ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'axis' },
    // Legend below the plot, so it never collides with the axis names above it.
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: layout.compact ? 64 : 40, containLabel: true },
    xAxis: { type: 'category', data: months.map(m => m.month) },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('overview.charts.series.count') },
      { type: 'value', name: t('overview.charts.series.ordersAmountCny'), splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: t('overview.charts.series.visits'), data: count('visits') },
      { type: 'bar', name: t('overview.charts.series.forums'), data: count('forums') },
      {
        type: 'line',
        name: t('overview.charts.series.bottlenecksRaised'),
        data: count('bottlenecksRaised'),
        symbolSize: 6,
      },
      {
        type: 'line',
        name: t('overview.charts.series.bottlenecksResolved'),
        data: count('bottlenecksResolved'),
        symbolSize: 6,
        lineStyle: { type: 'dashed' },
      },
      {
        type: 'line',
        name: t('overview.charts.series.ordersAmountCny'),
        yAxisIndex: 1,
        data: months.map(m => Math.round((m.ordersAmountCny / ORDERS_UNIT) * 10) / 10),
        symbol: 'diamond',
        symbolSize: 7,
      },
    ],
  }
}
