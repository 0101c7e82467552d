import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { ApiError } from '@/api/http'
import { i18n, loadListsMessages, setI18nLocale } from '@/i18n'
import { listRoutes } from '@/router/listRoutes'
import BottleneckDetailView from '@/views/BottleneckDetailView.vue'
import { bottleneckFixture } from './fixtures'

const fetchBottleneck = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottleneck: (id: number) => fetchBottleneck(id),
  fetchBottlenecks: vi.fn(),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprise: (id: number) =>
    Promise.resolve({ id, name: { zh: `企业${id}`, ko: `기업${id}`, en: `Firm ${id}` } }),
}))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve([]),
}))

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: listRoutes })
  await router.push(url)
  await router.isReady()
  await loadListsMessages()
  await setI18nLocale('en')
  const wrapper = mount(BottleneckDetailView, { global: { plugins: [router, i18n, createPinia()] } })
  await flushPromises()
  return wrapper
}

describe('BottleneckDetailView', () => {
  beforeEach(() => {
    fetchBottleneck.mockReset()
  })

  it('shows the deadline in force beside the original one after an extension, and the whole timeline', async () => {
    fetchBottleneck.mockResolvedValue(bottleneckFixture(9))
    const w = await mountAt('/bottlenecks/9')
    expect(fetchBottleneck).toHaveBeenCalledWith(9)
    expect(w.find('h1').text()).toBe('流动资金贷款难 9')
    expect(w.find('[data-testid="resolve-by"]').text()).toBe('09/26/2026')
    expect(w.text()).toContain('Original resolve-by')
    expect(w.find('s').text()).toBe('09/12/2026')
    expect(w.findAll('[data-testid="bottleneck-timeline"] > li')).toHaveLength(5)
  })

  it('says the record was not found on a 404, with a way back to the list', async () => {
    fetchBottleneck.mockImplementation(() => Promise.reject(new ApiError(404, 'not_found', 'no such bottleneck')))
    const w = await mountAt('/bottlenecks/12345?chain=2')
    expect(w.find('[role="alert"] h1').text()).toBe('Record not found')
    const back = w.find('[role="alert"] a')
    expect(back.text()).toBe('Back to bottlenecks')
    expect(back.attributes('href')).toBe('/bottlenecks?chain=2')
    expect(w.find('[data-testid="bottleneck-timeline"]').exists()).toBe(false)
  })
})
