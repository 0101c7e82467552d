import { describe, expect, it } from 'vitest'
import { buildOverviewModel, describeOverview } from '@/components/present/slides/overview/overviewModel'
import { englishT } from '../../charts/translate'
import { overviewData } from './fixtures'

const t = englishT()
const en = { masked: false, locale: 'en' } as const

describe('the overview slide', () => {
  it('leads with the headline KPIs of the data, formatted', () => {
    const model = buildOverviewModel(overviewData(), {}, en, t)
    const value = (k: string) => model.kpis.find(x => x.kpi === k)?.value
    expect(value('visits')).toBe('120')
    expect(value('bottlenecksAccepted')).toBe('40')
    expect(value('enterprisesVisited')).toBe('80')
    expect(value('bottlenecksRaised')).toBe('45')
    expect(value('bottlenecksResolved')).toBe('25')
    expect(value('resolutionRate')).toBe('62.5%')
    expect(value('onTimeRate')).toBe('80.0%')
    expect(value('satisfactionRate')).toBe('90.0%')
    expect(value('ordersAmountCny')).toBe('¥12.3M')
    expect(value('marketsOpened')).toBe('3')
    expect(value('recInstructed')).toBe('6')
    expect(value('recImplemented')).toBe('2')
  })

  it('names the period and the scope in the subtitle', () => {
    expect(buildOverviewModel(overviewData(), {}, en, t).subtitle).toBe(
      'All chains, prefecture-wide · 01/01/2026 – 03/31/2026',
    )
  })

  it('describes for the deck exactly the numbers the slide shows', () => {
    const model = buildOverviewModel(overviewData(), {}, en, t)
    const description = describeOverview(model)
    expect(description.title).toBe('Prefecture overview')
    expect(description.kpis).toEqual(model.kpis.map(k => ({ label: k.label, value: k.value })))
    expect(description.charts).toHaveLength(1)
    expect(description.charts[0]!.option).toBe(model.trend.option)
  })

  it('rounds the orders amount when masked, on the slide and in the chart', () => {
    const model = buildOverviewModel(overviewData(), {}, { masked: true, locale: 'en' }, t)
    expect(model.kpis.find(k => k.kpi === 'ordersAmountCny')!.value).toBe('¥12.0M')
    const orders = (model.trend.option.series as { data: number[] }[])[3]!
    expect(orders.data).toEqual([200, 350])
  })

  it('speaks the slide language', () => {
    const zh = buildOverviewModel(overviewData(), {}, { masked: false, locale: 'zh-CN' }, t)
    expect(zh.kpis.find(k => k.kpi === 'ordersAmountCny')!.value).toBe('1,234.6万元')
  })
})
