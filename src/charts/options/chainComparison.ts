import type { Kpis } from '#contract'
import { ariaOption, emptyTitle } from './common'
import type { ChartOption, LayoutOptions, Translate } from './types'

export interface ChainComparisonRow {
  chainId: number
  kpis: Pick<Kpis, 'visits' | 'bottlenecksRaised' | 'bottlenecksResolved'>
}

/** The measures compared, in series order. */
export const CHAIN_COMPARISON_MEASURES = ['visits', 'bottlenecksRaised', 'bottlenecksResolved'] as const

/**
 * Horizontal grouped bars, one row per chain in input order (first on top), so long chain names
 * stay readable on a phone. A click's dataIndex is the row index of `rows`.
 */
export function buildChainComparisonOption(
  rows: ChainComparisonRow[],
  t: Translate,
  chainName: (id: number) => string,
  layout: LayoutOptions = {},
): ChartOption {
  return {
    aria: ariaOption(true),
    title: rows.length === 0 ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitNumber: layout.compact ? 3 : 5 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map(r => chainName(r.chainId)),
      axisLabel: { width: layout.compact ? 80 : 130, overflow: layout.compact ? 'break' : 'truncate' },
    },
    series: CHAIN_COMPARISON_MEASURES.map(m => ({
      type: 'bar' as const,
      name: t(`overview.charts.series.${m}`),
      data: rows.map(r => r.kpis[m]),
      cursor: 'pointer',
    })),
  }
}
