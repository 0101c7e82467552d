import { describe, expect, it } from 'vitest'
import { roundAmountCny, type TrendPoint } from '#contract'
import { buildPresentTrendsOption, STAGE_ORDERS_UNIT } from '@/charts/options/presentTrends'
import { stageMonthLabel } from '@/charts/options/presentCommon'
import { englishT } from './translate'

const t = englishT()
const months: TrendPoint[] = [
  { month: '2025-12', visits: 10, forums: 2, bottlenecksRaised: 4, bottlenecksResolved: 1, ordersAmountCny: 1_234_567 },
  { month: '2026-01', visits: 7, forums: 1, bottlenecksRaised: 3, bottlenecksResolved: 5, ordersAmountCny: 0 },
]
type Series = { name: string; type: string; data: number[]; yAxisIndex?: number }

describe('buildPresentTrendsOption', () => {
  it('labels every month, naming the year at January', () => {
    const x = buildPresentTrendsOption(months, t, { locale: 'en' }).xAxis as {
      data: string[]
      axisLabel: { interval: number }
    }
    expect(x.data).toEqual(['Dec', 'Jan 2026'])
    expect(x.axisLabel.interval).toBe(0)
  })

  it('draws visits and the bottleneck counts with the input values', () => {
    const series = buildPresentTrendsOption(months, t, { locale: 'en' }).series as Series[]
    expect(series.map(s => s.name)).toEqual(['Visits', 'Bottlenecks raised', 'Resolved', 'Orders (CNY 10k)'])
    expect(series[0]!.data).toEqual([10, 7])
    expect(series[1]!.data).toEqual([4, 3])
    expect(series[2]!.data).toEqual([1, 5])
  })

  it('draws orders in 10k CNY on the second axis', () => {
    const orders = (buildPresentTrendsOption(months, t, { locale: 'en' }).series as Series[])[3]!
    expect(orders.yAxisIndex).toBe(1)
    expect(orders.data).toEqual([123.5, 0])
  })

  it('draws the rounded amounts when given the masking rounder', () => {
    const orders = (
      buildPresentTrendsOption(months, t, { locale: 'en', amount: roundAmountCny }).series as Series[]
    )[3]!
    expect(orders.data[0]).toBe(1_200_000 / STAGE_ORDERS_UNIT)
  })
})

describe('stageMonthLabel', () => {
  it('writes short months in each locale', () => {
    expect(stageMonthLabel('2026-03', 'zh-CN')).toBe('3月')
    expect(stageMonthLabel('2026-03', 'ko-CN')).toBe('3월')
    expect(stageMonthLabel('2026-01', 'zh-CN')).toBe('2026年1月')
  })
})
