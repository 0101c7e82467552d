import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, loadListsMessages, setI18nLocale } from '@/i18n'
import ListPagination from '@/components/lists/ListPagination.vue'

async function mountPager(page: number, total: number, pageSize = 20) {
  await loadListsMessages()
  await setI18nLocale('en')
  return mount(ListPagination, { props: { page, pageSize, total }, global: { plugins: [i18n] } })
}

describe('ListPagination', () => {
  it('shows the first, last and neighbouring pages with gaps, marking the current one', async () => {
    const w = await mountPager(5, 217)
    expect(w.findAll('button.page').map(b => b.text())).toEqual(['1', '4', '5', '6', '11'])
    expect(w.findAll('.gap')).toHaveLength(2)
    expect(w.find('[aria-current="page"]').text()).toBe('5')
    expect(w.text()).toContain('81–100 of 217')
  })

  it('emits the page asked for and disables "previous" on the first page', async () => {
    const w = await mountPager(1, 45)
    expect(w.findAll('button.page').map(b => b.text())).toEqual(['1', '2', '3'])
    expect(w.find('button:disabled').text()).toBe('Previous')
    await w.findAll('button.page')[2]!.trigger('click')
    await w.findAll('button').at(-1)!.trigger('click')
    expect(w.emitted('page')).toEqual([[3], [2]])
  })

  it('emits a new page size from its select', async () => {
    const w = await mountPager(2, 300)
    await w.find('select').setValue('50')
    expect(w.emitted('pageSize')).toEqual([[50]])
  })
})
