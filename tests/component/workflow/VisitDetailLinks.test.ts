import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import VisitDetailView from '@/views/VisitDetailView.vue'
import { visitFixture } from '../lists/fixtures'
import { USERS, mountView } from './setup'

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

const visitEdit = [{ path: '/visits/:id/edit', name: 'visit-edit', component: defineComponent({ render: () => null }) }]
afterEach(() => {
  document.body.innerHTML = ''
})

describe('visit detail links', () => {
  it("links a leader of the visit's chain to edit it and to raise a bottleneck on it", async () => {
    const { wrapper } = await mountView(VisitDetailView, '/visits/5', USERS.leader, visitEdit)
    expect(wrapper.find('[data-action="edit-visit"]').attributes('href')).toBe('/visits/5/edit')
    expect(wrapper.find('[data-action="raise-for-visit"]').attributes('href')).toBe('/bottlenecks/new?visit=5')
    expect(wrapper.find('[data-testid="audit-trail"]').exists()).toBe(true)
  })

  it("shows no edit link while the visit form's route does not exist", async () => {
    const { wrapper } = await mountView(VisitDetailView, '/visits/5', USERS.leader)
    expect(wrapper.find('[data-action="edit-visit"]').exists()).toBe(false)
  })

  it.each([
    ['viewer', USERS.viewer],
    ['leader of another chain', USERS.otherLeader],
    ['department', USERS.department],
  ] as const)('shows the %s neither link', async (_who, user) => {
    const { wrapper } = await mountView(VisitDetailView, '/visits/5', user, visitEdit)
    expect(wrapper.find('[data-action="edit-visit"]').exists()).toBe(false)
    expect(wrapper.find('[data-action="raise-for-visit"]').exists()).toBe(false)
  })
})
