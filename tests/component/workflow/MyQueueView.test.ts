import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Bottleneck } from '#contract'
import MyQueueView from '@/views/MyQueueView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { recommendation } from '../../unit/workflow/fixtures'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchQueue = vi.fn()
const sendBottleneckAction = vi.fn()
vi.mock('@/api/queue', () => ({ fetchQueue: () => fetchQueue() }))
vi.mock('@/api/bottleneckWrites', () => ({
  sendBottleneckAction: (id: number, body: unknown) => sendBottleneckAction(id, body),
}))
vi.mock('@/api/recommendationWrites', () => ({ sendRecommendationAction: vi.fn() }))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 200 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

const record = (id: number, o: Partial<Bottleneck>): Bottleneck => {
  const { events: _events, ...b } = bottleneckFixture(id, o)
  return b
}

beforeEach(() => {
  fetchQueue.mockReset()
  sendBottleneckAction.mockReset()
})
afterEach(() => {
  document.body.innerHTML = ''
})

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
    expect(wrapper.findAll('[data-group]').map(g => g.attributes('data-group'))).toEqual([
      'to_acknowledge',
      'in_progress',
    ])
    expect(
      wrapper.findAll('[data-group="in_progress"] [data-queue-id]').map(i => i.attributes('data-queue-id')),
    ).toEqual(['3', '1'])
    expect(wrapper.findAll('[data-queue-id="2"] [data-action]').map(b => b.attributes('data-action'))).toEqual([
      'acknowledge',
      'dispute',
    ])
    // Work in progress: the progress note first, with everything else the department may do.
    expect(wrapper.findAll('[data-queue-id="3"] [data-action]').map(b => b.attributes('data-action'))).toEqual([
      'note',
      'request_extension',
      'escalate',
      'resolve',
    ])
  })

  it('lets a department record progress from the queue: the dialog opens here and the item shows the note', async () => {
    const item = record(3, { status: 'in_progress', leadDepartmentId: 3, resolveBy: '2026-10-01', version: 6 })
    fetchQueue.mockResolvedValue({ bottlenecks: [item], recommendations: [] })
    const note = {
      id: 77,
      action: 'note',
      fromStatus: 'in_progress' as const,
      toStatus: 'in_progress' as const,
      at: '2026-09-20T02:00:00Z',
      actorId: 9,
      actorName: '张科长',
      actorRole: 'department' as const,
      actorDepartmentId: 3,
      comment: '已与企业对接用地方案',
      data: {},
    }
    sendBottleneckAction.mockResolvedValue(
      bottleneckFixture(3, { ...item, version: 7, events: [...bottleneckFixture(3).events, note] }),
    )
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.department)
    await wrapper.find('[data-queue-id="3"] [data-action="note"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="dialog"]').exists()).toBe(true)
    await wrapper.find('#action-comment').setValue('已与企业对接用地方案')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckAction).toHaveBeenCalledWith(3, {
      action: 'note',
      version: 6,
      comment: '已与企业对接用地方案',
    })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(fetchQueue).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-queue-id="3"] [data-testid="queue-item-latest"]').text()).toContain(
      '已与企业对接用地方案',
    )
    expect(wrapper.find('[data-queue-id="3"] [data-testid="queue-item-latest"]').text()).toContain(
      'Add a progress note',
    )
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Done: Add a progress note')
  })

  it("keeps a leader's progress note on the record's page, not in the queue", async () => {
    fetchQueue.mockResolvedValue({
      bottlenecks: [record(1, { status: 'in_progress', extensionPending: true })],
      recommendations: [],
    })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.leader)
    expect(wrapper.findAll('[data-queue-id="1"] [data-action]').map(b => b.attributes('data-action'))).toEqual([
      'grant_extension',
      'deny_extension',
    ])
  })

  it('offers a department the start of a recommendation forwarded to it, inline', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [], recommendations: [recommendation(7, 'forwarded', '2026-09-01')] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.department)
    expect(
      wrapper.findAll('[data-group="recommendation-to_start"] [data-action]').map(b => b.attributes('data-action')),
    ).toEqual(['start_implementation'])
  })

  it('has no "other" group: nothing closed to reopen, which belongs on the record\'s page', async () => {
    fetchQueue.mockResolvedValue({
      bottlenecks: [record(1, { status: 'submitted' }), record(2, { status: 'closed' })],
      recommendations: [],
    })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.leader)
    expect(wrapper.findAll('[data-group]').map(g => g.attributes('data-group'))).toEqual(['to_accept'])
    expect(wrapper.find('[data-action="reopen"]').exists()).toBe(false)
    expect(wrapper.find('details').exists()).toBe(false)
  })

  it('tells the admin the queue holds what nobody else can act on', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [record(1, { status: 'assigned' })], recommendations: [] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.admin)
    expect(wrapper.text()).toContain('What nobody else can act on')
    expect(wrapper.findAll('[data-group]').map(g => g.attributes('data-group'))).toEqual(['to_acknowledge'])
  })

  it('says so per role when nothing waits', async () => {
    fetchQueue.mockResolvedValue({ bottlenecks: [], recommendations: [] })
    const { wrapper } = await mountView(MyQueueView, '/queue', USERS.leader)
    expect(wrapper.text()).toContain('Nothing waits on your decision right now.')
  })
})
