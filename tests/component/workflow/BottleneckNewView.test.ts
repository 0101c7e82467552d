import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Chain, Enterprise } from '#contract'
import { ApiError } from '@/api/http'
import BottleneckNewView from '@/views/BottleneckNewView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { USERS, mountView } from './setup'

const sendNewBottleneck = vi.fn()
vi.mock('@/api/bottleneckWrites', () => ({
  sendNewBottleneck: (body: unknown, key: string) => sendNewBottleneck(body, key),
}))
vi.mock('@/api/bottlenecks', () => ({ fetchBottleneck: vi.fn(), fetchBottlenecks: vi.fn() }))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/visits', () => ({ fetchVisit: vi.fn(), fetchVisits: vi.fn() }))
const firm = {
  id: 7,
  creditCode: '91222400MA0000007X',
  name: { zh: '图们企业', ko: '도문기업', en: 'Tumen Works' },
  county: 'tumen',
  chains: [{ chainId: 1, segmentId: 1 }],
  anchor: false,
  aboveScale: true,
  contact: { name: '', phone: '' },
  liaisonId: null,
} as Enterprise
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: [firm], total: 1, page: 1, pageSize: 50 }),
}))
const chains = [1, 4].map(id => ({ id, name: { zh: `链${id}`, ko: `사슬${id}`, en: `Chain ${id}` } })) as Chain[]
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve(chains),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve([]),
}))

beforeEach(() => sendNewBottleneck.mockReset())
afterEach(() => {
  document.body.innerHTML = ''
})

async function fill(w: Awaited<ReturnType<typeof mountView>>['wrapper']) {
  await w.find('#raise-enterprise option[value="7"]').setValue()
  await w.find('#raise-category').setValue('financing')
  await w.find('#raise-title').setValue('  冷链仓储用地审批慢 ')
  await w.find('#raise-description').setValue('审批周期长')
}

describe('raising a bottleneck outside a visit', () => {
  it("offers only the chains in the liaison's scope and starts on the only one", async () => {
    const { wrapper } = await mountView(BottleneckNewView, '/bottlenecks/new', USERS.liaison)
    expect(wrapper.findAll('#raise-chain option:not([disabled])').map(o => o.text())).toEqual(['Chain 1'])
    expect((wrapper.find('#raise-chain').element as HTMLSelectElement).value).not.toBe('')
  })

  it('keeps everything typed when the network fails, and retries with the same Idempotency-Key', async () => {
    sendNewBottleneck.mockRejectedValueOnce(new ApiError(0, 'network_error', 'offline'))
    sendNewBottleneck.mockResolvedValueOnce(bottleneckFixture(77, { status: 'submitted' }))
    const { wrapper, router } = await mountView(BottleneckNewView, '/bottlenecks/new', USERS.liaison)
    await fill(wrapper)
    await wrapper.find('[data-testid="raise-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="action-error"]').text()).toContain('No connection')
    expect((wrapper.find('#raise-title').element as HTMLInputElement).value).toBe('  冷链仓储用地审批慢 ')
    await wrapper.find('[data-testid="raise-form"]').trigger('submit')
    await flushPromises()
    expect(sendNewBottleneck).toHaveBeenCalledTimes(2)
    const [body, firstKey] = sendNewBottleneck.mock.calls[0]!
    const secondKey = sendNewBottleneck.mock.calls[1]![1]
    expect(body).toEqual({
      chainId: 1,
      enterpriseId: 7,
      category: 'financing',
      title: '冷链仓储用地审批慢',
      description: '审批周期长',
      visitId: null,
    })
    expect(firstKey).toBeTruthy()
    expect(secondKey).toBe(firstKey)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/bottlenecks/77'))
  })

  it('names the missing fields and sends nothing', async () => {
    const { wrapper } = await mountView(BottleneckNewView, '/bottlenecks/new', USERS.liaison)
    await wrapper.find('[data-testid="raise-form"]').trigger('submit')
    await flushPromises()
    expect(sendNewBottleneck).not.toHaveBeenCalled()
    expect(wrapper.find('#raise-title-error').text()).toBe('This is required')
    expect(wrapper.find('#raise-category-error').text()).toBe('This is required')
  })

  it('tells a viewer that only liaisons and leaders raise bottlenecks', async () => {
    const { wrapper } = await mountView(BottleneckNewView, '/bottlenecks/new', USERS.viewer)
    expect(wrapper.find('[data-testid="raise-form"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Only liaisons and chain leaders raise bottlenecks.')
  })
})
