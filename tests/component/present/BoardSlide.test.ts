import { describe, expect, it } from 'vitest'
import { pseudonymKey, pseudonymName } from '#contract'
import BoardSlide from '@/components/present/slides/board/BoardSlide.vue'
import { boardData } from '../../unit/present/slides/fixtures'
import { mountSlide } from './mountSlide'

describe('BoardSlide', () => {
  it('shows the open counts by status and in total', () => {
    const w = mountSlide(BoardSlide, { data: boardData(), filter: {}, masked: false })
    expect(w.find('[data-kpi="open"]').text()).toBe('28')
    expect(w.find('[data-kpi="status.in_progress"]').text()).toBe('8')
    expect(w.find('[data-kpi="status.submitted"]').text()).toBe('7')
  })

  it('labels each warning colour in words beside its count', () => {
    const w = mountSlide(BoardSlide, { data: boardData(), filter: {}, masked: false })
    const red = w.find('[data-warning="red"]')
    expect(red.text()).toContain('Red · overdue')
    expect(red.find('[data-kpi="warning.red"]').text()).toBe('10')
    expect(w.find('[data-kpi="warning.yellow"]').text()).toBe('5')
    expect(w.find('[data-kpi="warning.blue"]').text()).toBe('3')
  })

  it('lists the recently resolved with enterprise names', () => {
    const w = mountSlide(BoardSlide, { data: boardData(), filter: {}, masked: false })
    const first = w
      .find('[data-bottleneck-id="901"]')
      .findAll('td')
      .map(td => td.text())
    expect(first).toEqual(['Yanji Xinyuan IT Co.', 'Logistics capacity', 'Solved', '03/30/2026'])
  })

  it('shows the pseudonyms of a masked answer', () => {
    const pseudonym = pseudonymName(55, pseudonymKey('a test installation secret'))
    const data = boardData()
    data.resolved = data.resolved.map(r => ({ ...r, enterpriseName: r.enterpriseName && pseudonym }))
    const w = mountSlide(BoardSlide, { data, filter: {}, masked: true })
    expect(w.text()).not.toContain('Xinyuan')
    expect(w.find('[data-bottleneck-id="901"] td').text()).toBe(pseudonym.en)
  })
})
