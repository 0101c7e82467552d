import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, loadListsMessages, setI18nLocale } from '@/i18n'
import { listRoutes } from '@/router/listRoutes'
import BottlenecksView from '@/views/BottlenecksView.vue'
import { bottleneckFixture, pageOf } from './fixtures'

const fetchBottlenecks = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottlenecks: (q: unknown) => fetchBottlenecks(q),
  fetchBottleneck: vi.fn(),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprise: (id: number) =>
    Promise.resolve({ id, name: { zh: `企业${id}`, ko: `기업${id}`, en: `Firm ${id}` } }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () =>
    Promise.resolve([
      { id: 1, code: 'fgw', name: { zh: '州发改委', ko: '주발개위', en: 'Prefecture DRC' }, verticallyManaged: false },
    ]),
}))

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: listRoutes })
  await router.push(url)
  await router.isReady()
  await loadListsMessages()
  await setI18nLocale('en')
  const wrapper = mount(BottlenecksView, { global: { plugins: [router, i18n] } })
  await flushPromises()
  return { wrapper, router }
}

describe('BottlenecksView', () => {
  beforeEach(() => {
    fetchBottlenecks.mockReset()
  })

  it('renders one linked row per bottleneck and the exact total', async () => {
    fetchBottlenecks.mockResolvedValue(
      pageOf([bottleneckFixture(1), bottleneckFixture(2, { warning: 'none', status: 'assigned' })], 57),
    )
    const { wrapper } = await mountAt('/bottlenecks')
    const rows = wrapper.findAll('tbody tr[data-row-id]')
    expect(rows.map(r => r.attributes('data-row-id'))).toEqual(['1', '2'])
    expect(wrapper.find('[data-testid="list-total"]').text()).toBe('57')
    expect(rows[0]!.find('a').attributes('href')).toBe('/bottlenecks/1')
    expect(rows[0]!.text()).toContain('In progress')
    expect(rows[0]!.find('[data-warning="red"]').text()).toContain('Red')
    expect(rows[1]!.find('[data-warning]').exists()).toBe(false)
    expect(rows[0]!.text()).toContain('Prefecture DRC')
  })

  it('lands a drill-down link with its filters applied, both in the request and on screen', async () => {
    fetchBottlenecks.mockResolvedValue(pageOf([bottleneckFixture(1)]))
    const { wrapper } = await mountAt('/bottlenecks?status=in_progress&chain=2&overdue=true')
    expect(fetchBottlenecks).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: ['in_progress'], chainId: 2, overdue: true, page: 1 }),
    )
    const checked = wrapper.findAll('input[name="status"]').filter(i => (i.element as HTMLInputElement).checked)
    expect(checked.map(i => i.attributes('value'))).toEqual(['in_progress'])
  })

  it('asks for the new filter from page 1 when a status box is ticked', async () => {
    fetchBottlenecks.mockResolvedValue(pageOf([bottleneckFixture(1)], 100, 3))
    const { wrapper, router } = await mountAt('/bottlenecks?page=3')
    await wrapper.find('input[name="status"][value="escalated"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ status: 'escalated' })
    expect(fetchBottlenecks).toHaveBeenLastCalledWith(expect.objectContaining({ status: ['escalated'], page: 1 }))
  })

  it('says so when nothing matches, with no rows', async () => {
    fetchBottlenecks.mockResolvedValue(pageOf([], 0))
    const { wrapper } = await mountAt('/bottlenecks?status=closed')
    expect(wrapper.findAll('[data-row-id]')).toHaveLength(0)
    expect(wrapper.text()).toContain('No bottlenecks match these filters')
    expect(wrapper.find('[data-testid="list-total"]').text()).toBe('0')
  })

  it('shows the error with a retry that fetches again', async () => {
    const { ApiError } = await import('@/api/http')
    fetchBottlenecks.mockRejectedValueOnce(new ApiError(0, 'network_error', 'down'))
    const { wrapper } = await mountAt('/bottlenecks')
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    fetchBottlenecks.mockResolvedValue(pageOf([bottleneckFixture(4)]))
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-row-id]').map(r => r.attributes('data-row-id'))).toEqual(['4'])
  })
})
