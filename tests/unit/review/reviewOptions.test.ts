import { describe, expect, it } from 'vitest'
import { buildReviewByChainOption, buildReviewMonthlyOption, REVIEW_AMOUNT_UNIT } from '@/charts/options/review'
import { generateWorld } from '../../../mock/generate'
import { computeYearReview } from '../../../mock/api/review'
import { sectionCharts } from '@/components/review/reviewCharts'
import { byChainTable, byMonthTable } from '@/components/review/reviewTables'
import { REVIEW_SECTIONS } from '@/components/review/reviewSections'
import { translator } from './messages'

type Series = { type: string; name: string; data: (number | null)[]; yAxisIndex?: number }
const seriesOf = (option: { series?: unknown }) => option.series as Series[]

describe('review chart options', () => {
  it('draw counts per month as bars and the amount in 10k CNY on a second axis', () => {
    const option = buildReviewMonthlyOption(
      ['1月', '2月'],
      [{ name: '走访', values: [3, 5] }],
      { count: '数量', amount: '万元' },
      { name: '金额', values: [25_000, null] },
    )
    const series = seriesOf(option)
    expect(series.map(s => [s.type, s.name])).toEqual([
      ['bar', '走访'],
      ['line', '金额'],
    ])
    expect(series[0]!.data).toEqual([3, 5])
    expect(series[1]!.data).toEqual([25_000 / REVIEW_AMOUNT_UNIT, null])
    expect(series[1]!.yAxisIndex).toBe(1)
    expect((option.xAxis as { data: string[] }).data).toEqual(['1月', '2月'])
  })

  it('has one value axis and no line when there is no amount', () => {
    const option = buildReviewMonthlyOption(['1月'], [{ name: 'a', values: [1] }], { count: 'n' })
    expect(option.yAxis).toHaveLength(1)
    expect(seriesOf(option).every(s => s.type === 'bar')).toBe(true)
  })

  it('compares chains as one row each, in order', () => {
    const option = buildReviewByChainOption(
      ['甲', '乙'],
      [
        { name: 'x', values: [1, 2] },
        { name: 'y', values: [3, 4] },
      ],
    )
    expect((option.yAxis as { data: string[] }).data).toEqual(['甲', '乙'])
    expect(seriesOf(option).map(s => s.data)).toEqual([
      [1, 2],
      [3, 4],
    ])
  })
})

describe("a review section's charts and tables", () => {
  const world = generateWorld({ seed: 3, anchorDate: '2026-06-30' })
  const t = translator('zh-CN')
  const outcomes = REVIEW_SECTIONS.find(s => s.id === 'outcomes')!

  it('chart the monthly figures of the API and compare chains when several are shown', () => {
    const review = computeYearReview(world, 2026, [], '2026-06-30')
    const charts = sectionCharts(review, outcomes, world.chains, 'zh-CN', t)
    expect(charts.map(c => c.title)).toEqual(['三、拓订单、拓市场：月度趋势', '三、拓订单、拓市场：分产业链'])
    expect(seriesOf(charts[0]!.option)[0]!.data.slice(0, 6)).toEqual(
      review.byMonth.slice(0, 6).map(m => m.kpis.ordersWon),
    )
    // July to December lie after the day judged (30 June): no bar, no point.
    expect(seriesOf(charts[0]!.option).every(s => s.data.slice(6).every(v => v === null))).toBe(true)
    expect(seriesOf(charts[1]!.option)[0]!.data).toEqual(review.byChain.map(c => c.kpis.ordersWon))
  })

  it('leave out the comparison for one chain', () => {
    const review = computeYearReview(world, 2026, [3], '2026-06-30')
    expect(sectionCharts(review, outcomes, world.chains, 'zh-CN', t)).toHaveLength(1)
  })

  it('tabulate every chain and the total, and the months up to the day judged', () => {
    const review = computeYearReview(world, 2026, [], '2026-06-30')
    const byChain = byChainTable(review, outcomes, world.chains, 'zh-CN', t)
    expect(byChain.rows).toHaveLength(world.chains.length + 1)
    expect(byChain.rows.at(-1)).toEqual([
      '合计',
      String(review.total.ordersWon),
      expect.any(String),
      String(review.total.marketsOpened),
    ])
    expect(byMonthTable(review, outcomes, 'zh-CN', t).rows.map(r => r[0])).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
    ])
  })
})
