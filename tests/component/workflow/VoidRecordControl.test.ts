import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import VisitDetailView from '@/views/VisitDetailView.vue'
import { visitFixture } from '../lists/fixtures'
import { USERS, mountView } from './setup'

const sendVoid = vi.fn()
vi.mock('@/api/voidWrites', () => ({ sendVoid: (...args: unknown[]) => sendVoid(...args) }))
vi.mock('@/api/visits', () => ({
  fetchVisit: (id: number) => Promise.resolve(visitFixture(id, '2026-09-01')),
  fetchVisits: vi.fn(),
}))
vi.mock('@/api/bottlenecks', () => ({ fetchBottleneck: vi.fn(), fetchBottlenecks: vi.fn() }))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 200 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve([]),
}))

afterEach(() => {
  document.body.innerHTML = ''
  sendVoid.mockReset()
})

describe('voiding a visit on its detail page', () => {
  it.each([
    ['leader', USERS.leader],
    ['liaison', USERS.liaison],
    ['viewer', USERS.viewer],
  ] as const)('offers a %s no void action', async (_who, user) => {
    const { wrapper } = await mountView(VisitDetailView, '/visits/5', user)
    expect(wrapper.find('[data-action="void-record"]').exists()).toBe(false)
  })

  it('asks the admin for a reason, sends it with the version, and then shows the voided banner without write links', async () => {
    const { wrapper } = await mountView(VisitDetailView, '/visits/5', USERS.admin)
    await wrapper.find('[data-action="void-record"]').trigger('click')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    expect(sendVoid).not.toHaveBeenCalled()
    expect(wrapper.find('#void-reason').attributes('aria-invalid')).toBe('true')

    const visit = visitFixture(5, '2026-09-01')
    sendVoid.mockResolvedValue({
      ...visit,
      version: visit.version + 1,
      voidedAt: '2026-09-02T10:00:00+08:00',
      voidReason: 'Recorded twice',
    })
    await wrapper.find('#void-reason').setValue('Recorded twice')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(sendVoid).toHaveBeenCalledWith('visits', 5, { version: visit.version, reason: 'Recorded twice' })
    expect(wrapper.find('[data-testid="voided-banner"]').text()).toContain('Recorded twice')
    expect(wrapper.find('[data-action="void-record"]').exists()).toBe(false)
    expect(wrapper.find('[data-action="raise-for-visit"]').exists()).toBe(false)
  })
})
