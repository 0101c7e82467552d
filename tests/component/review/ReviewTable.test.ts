import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReviewTable from '@/components/review/ReviewTable.vue'

const table = {
  caption: 'Visits by chain',
  head: ['Chain', 'Visits'],
  rows: [
    ['Tourism', '12'],
    ['Total', '12'],
  ],
}

describe('ReviewTable', () => {
  it('is a named region a keyboard can reach, so a table wider than a phone can be scrolled', () => {
    const region = mount(ReviewTable, { props: { table } }).find('.review-table')
    expect(region.attributes('role')).toBe('region')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('aria-label')).toBe('Visits by chain')
  })
})
