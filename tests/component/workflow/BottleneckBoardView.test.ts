import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { BottleneckListQuery } from '#contract'
import BottleneckBoardView from '@/views/BottleneckBoardView.vue'
import { bottleneckFixture, pageOf } from '../lists/fixtures'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchBottlenecks = vi.fn()
const sendBottleneckAction = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottlenecks: (q: Partial<BottleneckListQuery>) => fetchBottlenecks(q),
  fetchBottleneck: vi.fn(),
}))
vi.mock('@/api/bottleneckWrites', () => ({
  sendBottleneckAction: (id: number, body: unknown) => sendBottleneckAction(id, body),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 200 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

const submitted = bottleneckFixture(21, {
  status: 'submitted',
  leadDepartmentId: null,
  coDepartmentIds: [],
  warning: 'none',
})
const resolved = bottleneckFixture(22, { status: 'resolved', leadDepartmentId: 3, coDepartmentIds: [] })

beforeEach(() => {
  fetchBottlenecks.mockReset()
  sendBottleneckAction.mockReset()
  fetchBottlenecks.mockImplementation((q: Partial<BottleneckListQuery>) => {
    const state = q.status?.[0]
    if (state === 'submitted') return Promise.resolve(pageOf([submitted]))
    if (state === 'resolved') return Promise.resolve(pageOf([resolved]))
    if (state === 'closed') return Promise.resolve(pageOf([], 57, 1, 1))
    return Promise.resolve(pageOf([]))
  })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('bottleneck board', () => {
  it('shows a column per open state, closed and rejected as counts, filtered by the global chain and county', async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board?chain=1&county=yanji', USERS.leader)
    expect(wrapper.findAll('[data-column]').map(c => c.attributes('data-column'))).toEqual([
      'submitted',
      'accepted',
      'assigned',
      'disputed',
      'in_progress',
      'escalated',
      'resolved',
      'closed',
      'rejected',
    ])
    expect(fetchBottlenecks).toHaveBeenCalledWith(
      expect.objectContaining({ status: ['submitted'], chainId: 1, county: 'yanji' }),
    )
    expect(wrapper.find('[data-column="closed"] [data-testid="column-total"]').text()).toBe('57')
    expect(wrapper.find('[data-column="submitted"] [data-card-id="21"]').text()).toContain(submitted.title)
  })

  it("lists in a card's move menu only the leader's state-changing actions", async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board', USERS.leader)
    const card = wrapper.find('[data-card-id="22"]')
    await card.find('[data-testid="card-move"]').trigger('click')
    expect(card.findAll('.menu [data-action]').map(b => b.attributes('data-action'))).toEqual([
      'return',
      'rate_satisfied',
      'rate_basically_satisfied',
      'rate_dissatisfied',
      'close_unrated',
    ])
  })

  it("opens a card's move menu from the keyboard with focus on its first action, and Esc gives focus back", async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board', USERS.leader)
    const trigger = wrapper.find('[data-card-id="21"] [data-testid="card-move"]')
    await trigger.trigger('click')
    await flushPromises()
    expect(trigger.attributes('aria-expanded')).toBe('true')
    expect(document.activeElement?.getAttribute('data-action')).toBe('accept')
    await wrapper.find('[data-card-id="21"] .move').trigger('keydown', { key: 'Escape' })
    expect(trigger.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(trigger.element)
    await trigger.trigger('click')
    await flushPromises()
    await wrapper.find('[data-card-id="21"] .menu [data-action="reject"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="dialog"] h2').text()).toBe('Reject')
  })

  it('gives a viewer neither move menus nor draggable cards', async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board', USERS.viewer)
    expect(wrapper.find('[data-testid="card-move"]').exists()).toBe(false)
    expect(wrapper.find('[data-card-id="21"]').attributes('draggable')).toBe('false')
  })

  it("highlights only legal columns while a card is dragged and opens the action's form on drop", async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board', USERS.leader)
    await wrapper.find('[data-card-id="21"]').trigger('dragstart')
    expect(wrapper.findAll('[data-drop-target="true"]').map(c => c.attributes('data-column'))).toEqual([
      'accepted',
      'rejected',
    ])
    await wrapper.find('[data-column="assigned"]').trigger('drop')
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    await wrapper.find('[data-card-id="21"]').trigger('dragstart')
    await wrapper.find('[data-column="rejected"]').trigger('drop')
    await flushPromises()
    expect(wrapper.find('[role="dialog"] h2').text()).toBe('Reject')
    expect(wrapper.find('#action-reason').exists()).toBe(true)
  })

  it('asks which action when several lead to the column dropped on', async () => {
    const { wrapper } = await mountView(BottleneckBoardView, '/bottlenecks/board', USERS.leader)
    await wrapper.find('[data-card-id="22"]').trigger('dragstart')
    await wrapper.find('[data-column="closed"]').trigger('drop')
    await flushPromises()
    expect(wrapper.findAll('[role="dialog"] input[type="radio"]').map(r => r.attributes('data-action'))).toEqual([
      'rate_satisfied',
      'rate_basically_satisfied',
      'close_unrated',
    ])
  })
})
