import { describe, expect, it } from 'vitest'
import type { TrendPoint } from '#contract'
import { buildChainMonthlyOption, describeChainMonthly } from '@/charts/options/chainMonthly'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key)
const months: TrendPoint[] = [
  { month: '2026-01', visits: 10, forums: 3, bottlenecksRaised: 4, bottlenecksResolved: 2, ordersAmountCny: 0 },
  { month: '2026-02', visits: 14, forums: 5, bottlenecksRaised: 1, bottlenecksResolved: 6, ordersAmountCny: 50_000 },
]

type Series = { name: string; data: number[]; stack?: string; type: string }

describe('buildChainMonthlyOption', () => {
  it('stacks forums on the other visits so a bar totals all visits, and draws resolved as a line', () => {
    const option = buildChainMonthlyOption(months, t)
    const series = option.series as Series[]
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-01', '2026-02'])
    expect(series.map(s => [s.name, s.type, s.stack])).toEqual([
      ['lists.chain.series.visits', 'bar', 'meetings'],
      ['lists.chain.series.forums', 'bar', 'meetings'],
      ['lists.chain.series.bottlenecksResolved', 'line', undefined],
    ])
    expect(series[0]!.data.map((v, i) => v + series[1]!.data[i]!)).toEqual([10, 14])
    expect(series[1]!.data).toEqual([3, 5])
    expect(series[2]!.data).toEqual([2, 6])
    expect(option.title).toBeUndefined()
  })

  it('shows a "no data" title when the range has no months', () => {
    const option = buildChainMonthlyOption([], t)
    expect((option.title as { text: string }).text).toBe('common.state.empty')
  })
})

describe('describeChainMonthly', () => {
  it('sums the range and names the busiest month as the text alternative', () => {
    expect(describeChainMonthly(months, t)).toBe(
      'lists.chain.chartSummary{"from":"2026-01","to":"2026-02","visits":24,"resolved":8,"busiest":"2026-02","busiestVisits":14}',
    )
    expect(describeChainMonthly([], t)).toBe('lists.chain.chartEmpty')
  })
})
