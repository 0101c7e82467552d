import type { TrendPoint } from '#contract'
import { ariaOption } from './common'
import { stageMonthLabel } from './presentCommon'
import type { ChartOption, Translate } from './types'

/** Orders are drawn in units of 10,000 CNY (万元) on their own axis, as on the Overview. */
export const STAGE_ORDERS_UNIT = 10_000

export interface PresentTrendsOptions {
  locale: string
  /** The amount as shown: identity, or rounded when the slide is masked. */
  amount?: (n: number) => number
}

/**
 * The stage's 12-month trend: visits as bars, bottlenecks raised and resolved as lines (solid and
 * dashed, with different symbols, so they differ without colour), orders won (10k CNY) as a line
 * on a second axis. Few series and big type: it is read from across a room.
 */
export function buildPresentTrendsOption(
  months: TrendPoint[],
  t: Translate,
  { locale, amount = n => n }: PresentTrendsOptions,
): ChartOption {
  return {
    aria: ariaOption(true),
    legend: { top: 0, left: 'center' },
    grid: { left: 16, right: 16, top: 64, bottom: 8, containLabel: true },
    // Every month labelled (interval 0): a room should not have to count bars.
    xAxis: { type: 'category', data: months.map(m => stageMonthLabel(m.month, locale)), axisLabel: { interval: 0 } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      {
        type: 'value',
        name: t('present.slides.charts.ordersUnit'),
        splitLine: { show: false },
        nameTextStyle: { align: 'right' },
      },
    ],
    series: [
      { type: 'bar', name: t('present.slides.charts.visits'), data: months.map(m => m.visits), barMaxWidth: 48 },
      {
        type: 'line',
        name: t('present.slides.charts.bottlenecksRaised'),
        data: months.map(m => m.bottlenecksRaised),
        symbol: 'circle',
        symbolSize: 12,
        lineStyle: { width: 4 },
      },
      {
        type: 'line',
        name: t('present.slides.charts.bottlenecksResolved'),
        data: months.map(m => m.bottlenecksResolved),
        symbol: 'triangle',
        symbolSize: 14,
        lineStyle: { width: 4, type: 'dashed' },
      },
      {
        type: 'line',
        name: t('present.slides.charts.ordersAmount'),
        yAxisIndex: 1,
        data: months.map(m => Math.round((amount(m.ordersAmountCny) / STAGE_ORDERS_UNIT) * 10) / 10),
        symbol: 'diamond',
        symbolSize: 16,
        lineStyle: { width: 4, type: 'dotted' },
      },
    ],
  }
}
