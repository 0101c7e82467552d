/**
 * Charts of the year in review: a section's counts per month (bars, with an amount as a line on a
 * second axis) and per chain (horizontal grouped bars). Callers pass translated series names, so
 * these stay free of the review's message keys.
 */
import { ariaOption } from './common'
import type { ChartOption, LayoutOptions } from './types'

/** Amounts are drawn in units of 10,000 CNY (万元). */
export const REVIEW_AMOUNT_UNIT = 10_000

export interface ReviewSeries {
  name: string
  values: (number | null)[]
}

/** Amount to 万元, one decimal. */
const tenThousands = (v: number | null) => (v === null ? null : Math.round((v / REVIEW_AMOUNT_UNIT) * 10) / 10)

/**
 * Counts per month as bars (one series each), and optionally an amount per month as a line on a
 * second axis named `amountAxis`.
 */
export function buildReviewMonthlyOption(
  months: string[],
  bars: ReviewSeries[],
  axes: { count: string; amount?: string },
  amount?: ReviewSeries,
  layout: LayoutOptions = {},
): ChartOption {
  return {
    aria: ariaOption(true),
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: layout.compact ? 64 : 40 },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', minInterval: 1, name: axes.count },
      ...(amount ? [{ type: 'value' as const, name: axes.amount, splitLine: { show: false } }] : []),
    ],
    series: [
      ...bars.map(s => ({ type: 'bar' as const, name: s.name, data: s.values })),
      ...(amount
        ? [
            {
              type: 'line' as const,
              name: amount.name,
              yAxisIndex: 1,
              data: amount.values.map(tenThousands),
              symbol: 'diamond',
              symbolSize: 7,
            },
          ]
        : []),
    ],
  }
}

/** Counts per chain as horizontal grouped bars, one row per chain in input order (first on top). */
export function buildReviewByChainOption(
  chains: string[],
  bars: ReviewSeries[],
  layout: LayoutOptions = {},
): ChartOption {
  return {
    aria: ariaOption(true),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // Legend below the plot, like the monthly chart's, clear of the chart's corner controls.
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1, splitNumber: layout.compact ? 3 : 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: chains,
      axisLabel: { width: layout.compact ? 80 : 150, overflow: layout.compact ? 'break' : 'truncate' },
    },
    series: bars.map(s => ({ type: 'bar' as const, name: s.name, data: s.values })),
  }
}
