import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bottleneck } from '#contract'
import MyQueueView from '@/views/MyQueueView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { recommendation } from '../../unit/workflow/fixtures'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchQueue = vi.fn()
vi.mock('@/api/queue', () => ({ fetchQueue: () => fetchQueue() }))
vi.mock('@/api/bottleneckWrites', () => ({ transitionBottleneck: vi.fn() }))
vi.mock('@/api/recommendationWrites', () => ({ transitionRecommendation: vi.fn() }))
vi.mock('@/api/enterprises', () => ({ fetchEnterprises: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 200 }) }))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

const record = (id: number, o: Partial<Bottleneck>): Bottleneck => {
  const { events: _events, ...b } = bottleneckFixture(id, o)
  return b
}

beforeEach(() => fetchQueue.mockReset())
afterEach(() => { document.body.innerHTML = '' })

describe('my queue', () => {
  it('shows a department what to acknowledge, then its work due soonest first, with the actions inline', async () => {
    fetchQueue.mockResolvedValue({
      bottlenecks: [
        record(1, { status: 'in_progress', leadDepartmentId: 3, resolveBy: '2026-10-30' }),
        record(2, { status: 'assigned', leadDepartmentId: 3 }),
        record(3, { status: 'in_progress', leadDepartmentId: 3, resolveBy: '2026-10-01' }),
      ],
      recommendations: [],
    })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.department)
    expect(wrapper.findAll('[data-group]').map(g => g.attributes('data-group'))).toEqual(['to_acknowledge', 'in_progress'])
    expect(wrapper.findAll('[data-group="in_progress"] [data-queue-id]').map(i => i.attributes('data-queue-id'))).toEqual(['3', '1'])
    expect(wrapper.findAll('[data-queue-id="2"] [data-action]').map(b => b.attributes('data-action'))).toEqual(['acknowledge', 'dispute'])
  })

  it('offers a department the start of a recommendation forwarded to it, inline', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [], recommendations: [recommendation(7, 'forwarded', '2026-09-01')] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.department)
    expect(wrapper.findAll('[data-group="recommendation-to_start"] [data-action]').map(b => b.attributes('data-action'))).toEqual(['start_implementation'])
  })

  it('folds away what waits on nobody in particular (closed items a leader could reopen)', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [record(1, { status: 'submitted' }), record(2, { status: 'closed' })], recommendations: [] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.leader)
    expect(wrapper.find('[data-group="to_accept"]').attributes('open')).toBeDefined()
    expect(wrapper.find('[data-group="other"]').attributes('open')).toBeUndefined()
  })

  it('says so per role when nothing waits', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [], recommendations: [] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.leader)
    expect(wrapper.text()).toContain('Nothing waits on your decision right now.')
  })
})
