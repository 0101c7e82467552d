import { describe, expect, it } from 'vitest'
import { BOTTLENECK_STATES, type BottleneckCategory } from '#contract'
import { buildCategoryOption, buildStatusOption, categoryOrder, STATUS_ORDER } from '@/charts/options'
import { englishT } from './translate'

const t = englishT()
const byStatus = Object.fromEntries(BOTTLENECK_STATES.map((s, i) => [s, i * 2])) as Record<
  (typeof BOTTLENECK_STATES)[number],
  number
>
const categoryName = (c: BottleneckCategory) => `cat:${c}`

describe('buildStatusOption', () => {
  it('has one bar per status in lifecycle order with the input counts', () => {
    const option = buildStatusOption(byStatus, t)
    const series = option.series as { data: number[] }[]
    expect(series[0]!.data).toEqual(STATUS_ORDER.map(s => byStatus[s]))
  })

  it('labels statuses in the given language', () => {
    const labels = (buildStatusOption(byStatus, t).xAxis as { data: string[] }).data
    expect(labels[0]).toBe('Submitted')
    expect(labels).toContain('In progress')
  })

  it('shows a no-data title when every status is zero', () => {
    const zero = Object.fromEntries(BOTTLENECK_STATES.map(s => [s, 0]))
    expect((buildStatusOption(zero, t).title as { text: string }).text).toBe('Nothing to show')
    expect(buildStatusOption(byStatus, t).title).toBeUndefined()
  })
})

describe('buildCategoryOption', () => {
  const byCategory = { financing: 3, labour: 0, logistics: 9, customs: 3 }

  it('orders categories by count, largest first, leaving out empty ones', () => {
    expect(categoryOrder(byCategory)).toEqual(['logistics', 'financing', 'customs'])
  })

  it('draws the counts and names in that order', () => {
    const option = buildCategoryOption(byCategory, t, categoryName)
    expect((option.yAxis as { data: string[] }).data).toEqual(['cat:logistics', 'cat:financing', 'cat:customs'])
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([9, 3, 3])
  })

  it('handles no bottlenecks at all', () => {
    const option = buildCategoryOption({}, t, categoryName)
    expect((option.yAxis as { data: string[] }).data).toEqual([])
    expect((option.title as { text: string }).text).toBe('Nothing to show')
  })
})
