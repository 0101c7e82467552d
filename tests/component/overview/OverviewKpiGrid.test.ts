import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import OverviewKpiGrid from '@/components/overview/OverviewKpiGrid.vue'
import { overviewFixture } from './fixtures'

function mountGrid(locale = 'en') {
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(OverviewKpiGrid, { props: { overview: overviewFixture() }, global: { plugins: [i18n] } })
}

/** The card (article) whose main number carries data-kpi="key". */
function card(wrapper: ReturnType<typeof mountGrid>, key: string) {
  return wrapper.find(`.kpi-card__value[data-kpi="${key}"]`).element.closest('article')!
}

describe('OverviewKpiGrid', () => {
  it('shows every headline number with its raw value for tests and tools', () => {
    const w = mountGrid()
    const value = (k: string) => w.find(`.kpi-card__value[data-kpi="${k}"]`)
    expect(value('visits').text()).toBe('120')
    expect(value('visits').attributes('data-value')).toBe('120')
    expect(value('bottlenecksRaised').text()).toBe('45')
    expect(value('resolutionRate').text()).toBe('62.5%')
    expect(value('overdue').text()).toBe('6')
    expect(value('ordersAmountCny').attributes('data-value')).toBe('12500000')
    expect(value('ordersAmountCny').text()).toMatch(/12\.5M/)
    expect(w.findAll('.kpi-card__value')).toHaveLength(10)
  })

  it('shows the detail numbers: forums, coverage, solved apart from planned/explained', () => {
    const w = mountGrid()
    expect(w.find('[data-kpi="forums"]').text()).toBe('14')
    expect(w.find('[data-kpi="coverage"]').text()).toBe('40.0%')
    expect(w.find('[data-kpi="resolvedByType.solved"]').text()).toBe('15')
    expect(w.find('[data-kpi="resolvedByType.plannedOrExplained"]').text()).toBe('5')
    expect(w.find('[data-kpi="onTimeRateOriginal"]').text()).toBe('70.0%')
    expect(w.find('[data-kpi="strictSatisfactionRate"]').text()).toBe('60.0%')
    expect(w.find('[data-kpi="ordersWon"]').text()).toBe('4')
  })

  it('marks more visits as a good rise', () => {
    const delta = card(mountGrid(), 'visits').querySelector('.kpi-delta')!
    expect(delta.getAttribute('data-direction')).toBe('up')
    expect(delta.getAttribute('data-tone')).toBe('good')
    expect(delta.textContent).toContain('vs same period last year +20')
  })

  it('marks more overdue items as a bad rise', () => {
    const delta = card(mountGrid(), 'overdue').querySelector('.kpi-delta')!
    expect(delta.getAttribute('data-direction')).toBe('up')
    expect(delta.getAttribute('data-tone')).toBe('bad')
  })

  it('shows a falling satisfaction rate as bad, in percentage points', () => {
    const delta = card(mountGrid(), 'satisfactionRate').querySelector('.kpi-delta')!
    expect(delta.getAttribute('data-tone')).toBe('bad')
    expect(delta.textContent).toContain('−5 pp')
  })

  it('keeps bottlenecks raised neutral whichever way it moves', () => {
    const delta = card(mountGrid(), 'bottlenecksRaised').querySelector('.kpi-delta')!
    expect(delta.getAttribute('data-direction')).toBe('down')
    expect(delta.getAttribute('data-tone')).toBe('neutral')
  })

  it('says there is nothing to compare when the previous rate is missing, and no change when equal', () => {
    const w = mountGrid()
    expect(card(w, 'onTimeRate').querySelector('.kpi-delta')!.getAttribute('data-direction')).toBe('none')
    expect(card(w, 'marketsOpened').querySelector('.kpi-delta')!.getAttribute('data-direction')).toBe('flat')
  })

  it('gives the comparison period and its value in the delta tooltip', () => {
    const delta = card(mountGrid(), 'visits').querySelector('.kpi-delta')!
    expect(delta.getAttribute('title')).toBe('Compared with 2025-01-01 – 2025-03-31: 100')
  })

  it('says in visible words what each card compares with, in every locale', () => {
    const visible = (locale: string) => card(mountGrid(locale), 'visits').querySelector('.kpi-delta__text')!.textContent
    expect(visible('zh-CN')).toBe('较去年同期 +20')
    expect(visible('ko-CN')).toBe('지난해 같은 기간 대비 +20')
    expect(visible('en')).toBe('vs same period last year +20')
  })

  it('compares a month with the same month last year and with the previous month, each in words', () => {
    const overview = overviewFixture()
    overview.period = { from: '2026-03-01', to: '2026-03-31' }
    overview.comparisons = [
      { kind: 'sameMonthLastYear', period: { from: '2025-03-01', to: '2025-03-31' }, total: overview.previous },
      {
        kind: 'previousMonth',
        period: { from: '2026-02-01', to: '2026-02-28' },
        total: { ...overview.previous, visits: 130 },
      },
    ]
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages, missingWarn: false, fallbackWarn: false })
    const w = mount(OverviewKpiGrid, { props: { overview }, global: { plugins: [i18n] } })
    const lines = [...card(w, 'visits').querySelectorAll('.kpi-delta__text')].map(e => e.textContent)
    expect(lines).toEqual(['较去年同月 +20', '较上月 −10'])
  })

  it('labels the cards in the chosen language', () => {
    const w = mountGrid('zh-CN')
    expect(card(w, 'visits').querySelector('h3')!.textContent).toBe('走访次数')
    expect(w.find('.kpi-card__value[data-kpi="ordersAmountCny"]').text()).toBe('1,250万元')
  })
})
