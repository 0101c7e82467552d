import { describe, expect, it } from 'vitest'
import OverviewSlide from '@/components/present/slides/overview/OverviewSlide.vue'
import { overviewData } from '../../unit/present/slides/fixtures'
import { mountSlide } from './mountSlide'

describe('OverviewSlide', () => {
  it('shows the headline numbers of the data', () => {
    const w = mountSlide(OverviewSlide, { data: overviewData(), filter: {}, masked: false })
    const value = (k: string) => w.find(`[data-kpi="${k}"]`).text()
    expect(value('visits')).toBe('120')
    expect(value('enterprisesVisited')).toBe('80')
    expect(value('bottlenecksResolved')).toBe('25')
    expect(value('resolutionRate')).toBe('62.5%')
    expect(value('ordersAmountCny')).toBe('¥12.3M')
    expect(value('recImplemented')).toBe('2')
    expect(w.findAll('.stage-kpi')).toHaveLength(12)
    w.unmount()
  })

  it('draws its own title and the trend chart with an accessible name', () => {
    const w = mountSlide(OverviewSlide, { data: overviewData(), filter: {}, masked: false })
    expect(w.find('h2').text()).toBe('Prefecture overview')
    expect(w.find('[role="img"]').attributes('aria-label')).toBe('Last 12 months by month')
    w.unmount()
  })

  it('says that it is masked and shows the rounded amount', () => {
    const w = mountSlide(OverviewSlide, { data: overviewData(), filter: {}, masked: true }, 'zh-CN')
    expect(w.find('[data-testid="mask-notice"]').text()).toBe('企业名称已隐去 · 金额已取整')
    expect(w.find('[data-kpi="ordersAmountCny"]').text()).toBe('1,200万元')
    w.unmount()
  })
})
