import { BOTTLENECK_CATEGORIES, BOTTLENECK_STATES, type BottleneckCategory, type BottleneckState } from '#contract'
import { ariaOption, emptyTitle } from './common'
import type { ChartOption, Translate } from './types'

/** Statuses in lifecycle order: a click's dataIndex indexes this list. */
export const STATUS_ORDER: readonly BottleneckState[] = BOTTLENECK_STATES

/** Bottlenecks by current status, one bar per status in lifecycle order. */
export function buildStatusOption(byStatus: Partial<Record<BottleneckState, number>>, t: Translate): ChartOption {
  const values = STATUS_ORDER.map(s => byStatus[s] ?? 0)
  const empty = values.every(v => v === 0)
  return {
    aria: ariaOption(false),
    title: empty ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: STATUS_ORDER.map(s => t(`common.bottleneckStatus.${s}`)),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('overview.charts.series.count'),
        data: values,
        cursor: 'pointer',
        label: { show: true, position: 'top' },
      },
    ],
  }
}

/** Categories with at least one bottleneck, most frequent first (ties in contract order). */
export function categoryOrder(byCategory: Partial<Record<BottleneckCategory, number>>): BottleneckCategory[] {
  return BOTTLENECK_CATEGORIES.filter(c => (byCategory[c] ?? 0) > 0).sort(
    (a, b) => (byCategory[b] ?? 0) - (byCategory[a] ?? 0),
  )
}

/** Bottlenecks by category as horizontal bars, largest on top; dataIndex indexes categoryOrder(). */
export function buildCategoryOption(
  byCategory: Partial<Record<BottleneckCategory, number>>,
  t: Translate,
  categoryName: (c: BottleneckCategory) => string,
): ChartOption {
  const order = categoryOrder(byCategory)
  return {
    aria: ariaOption(false),
    title: order.length === 0 ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: order.map(categoryName),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('overview.charts.series.count'),
        data: order.map(c => byCategory[c] ?? 0),
        cursor: 'pointer',
        label: { show: true, position: 'right' },
      },
    ],
  }
}
