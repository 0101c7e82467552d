import { describe, expect, it } from 'vitest'
import type { TrendPoint } from '#contract'
import { buildTrendsOption, ORDERS_UNIT } from '@/charts/options'
import { englishT } from './translate'

const t = englishT()
const months: TrendPoint[] = [
  { month: '2026-01', visits: 10, forums: 2, bottlenecksRaised: 4, bottlenecksResolved: 1, ordersAmountCny: 1_250_000 },
  { month: '2026-02', visits: 7, forums: 1, bottlenecksRaised: 3, bottlenecksResolved: 5, ordersAmountCny: 0 },
]

type Series = { name: string; type: string; data: number[]; yAxisIndex?: number }

describe('buildTrendsOption', () => {
  it('puts the months on the category axis in order', () => {
    expect((buildTrendsOption(months, t).xAxis as { data: string[] }).data).toEqual(['2026-01', '2026-02'])
  })

  it('draws every monthly count with the input values', () => {
    const series = buildTrendsOption(months, t).series as Series[]
    expect(series[0]!.data).toEqual([10, 7])
    expect(series[1]!.data).toEqual([2, 1])
    expect(series[2]!.data).toEqual([4, 3])
    expect(series[3]!.data).toEqual([1, 5])
  })

  it('draws orders in 10k CNY on the second axis', () => {
    const orders = (buildTrendsOption(months, t).series as Series[])[4]!
    expect(orders.yAxisIndex).toBe(1)
    expect(orders.data).toEqual([1_250_000 / ORDERS_UNIT, 0])
  })

  it('labels the series in the given language', () => {
    const names = (buildTrendsOption(months, t).series as Series[]).map(s => s.name)
    expect(names).toEqual(['Visits', 'Forums', 'Raised', 'Resolved', 'Orders (CNY 10k)'])
  })

  it('handles a period without months', () => {
    const option = buildTrendsOption([], t)
    expect((option.title as { text: string }).text).toBe('Nothing to show')
    expect((option.series as Series[]).every(s => s.data.length === 0)).toBe(true)
  })
})
