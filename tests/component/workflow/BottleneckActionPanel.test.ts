import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiError } from '@/api/http'
import BottleneckDetailView from '@/views/BottleneckDetailView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchBottleneck = vi.fn()
const sendBottleneckAction = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottleneck: (id: number) => fetchBottleneck(id),
  fetchBottlenecks: vi.fn(),
}))
vi.mock('@/api/bottleneckWrites', () => ({
  sendBottleneckAction: (id: number, body: unknown) => sendBottleneckAction(id, body),
}))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 200 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

const actionsShown = (w: Awaited<ReturnType<typeof mountView>>['wrapper']) =>
  w.findAll('[data-testid="action-panel"] [data-action]').map(b => b.attributes('data-action'))

describe('bottleneck action panel', () => {
  beforeEach(() => {
    fetchBottleneck.mockReset()
    sendBottleneckAction.mockReset()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('offers a leader in scope exactly accept and reject on a submitted bottleneck', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    expect(actionsShown(wrapper)).toEqual(['accept', 'reject'])
  })

  it('offers the lead department exactly acknowledge and send back on an assigned bottleneck', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'assigned', leadDepartmentId: 3, coDepartmentIds: [4] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.department)
    expect(actionsShown(wrapper)).toEqual(['acknowledge', 'dispute'])
  })

  it('offers a co-department only a progress note while it is in progress', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'in_progress', leadDepartmentId: 3, coDepartmentIds: [4] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.otherDepartment)
    expect(actionsShown(wrapper)).toEqual(['note'])
  })

  it.each([
    ['viewer', USERS.viewer],
    ['leader of another chain', USERS.otherLeader],
    ['signed out', null],
  ] as const)('shows the %s no control at all', async (_who, user) => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', user)
    expect(wrapper.find('[data-testid="action-panel"]').exists()).toBe(false)
    expect(wrapper.findAll('button[data-action]')).toHaveLength(0)
    expect(wrapper.find('[data-testid="bottleneck-timeline"]').exists()).toBe(true)
  })

  it("sends an assignment with the record's version, moves focus into the dialog and shows the new timeline", async () => {
    const before = bottleneckFixture(9, { status: 'accepted', leadDepartmentId: null, coDepartmentIds: [], version: 4 })
    fetchBottleneck.mockResolvedValue(before)
    const after = bottleneckFixture(9, {
      status: 'assigned',
      leadDepartmentId: 3,
      coDepartmentIds: [4],
      version: 5,
      events: [
        ...before.events,
        {
          id: 99,
          action: 'assign',
          fromStatus: 'accepted',
          toStatus: 'assigned',
          at: '2026-09-20T02:00:00Z',
          actorId: 2,
          actorName: '李链长',
          actorRole: 'leader',
          actorDepartmentId: null,
          comment: null,
          data: {},
        },
      ],
    })
    sendBottleneckAction.mockResolvedValue(after)
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="assign"]').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('assign-lead-department')
    await wrapper.find('#assign-lead-department option[value="3"]').setValue()
    await wrapper.find('#assign-co-4').setValue(true)
    await wrapper.find('#assign-via').setValue('lead_unit')
    await wrapper.find('#action-comment').setValue('  请尽快办理 ')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckAction).toHaveBeenCalledWith(9, {
      action: 'assign',
      version: 4,
      comment: '请尽快办理',
      leadDepartmentId: 3,
      coDepartmentIds: [4],
      assignedVia: 'lead_unit',
    })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="bottleneck-timeline"] [data-event-id="99"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Done: Assign')
  })

  it('names a vertically managed lead department as coordination, not assignment', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'accepted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="assign"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="dialog"] h2').text()).toBe('Assign')
    await wrapper.find('#assign-lead-department option[value="8"]').setValue()
    expect(wrapper.find('[role="dialog"] h2').text()).toBe('Request coordination')
    expect(wrapper.find('#assign-lead-department option[value="8"]').text()).toBe('Coordinate with Yanji Customs')
  })

  it('sends nothing while a required field is empty and says so next to it', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="reject"]').trigger('click')
    await flushPromises()
    await wrapper.find('#action-reason').setValue('   ')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckAction).not.toHaveBeenCalled()
    expect(wrapper.find('#action-reason-error').text()).toBe('This is required')
    expect(wrapper.find('#action-reason').attributes('aria-describedby')).toContain('action-reason-error')
  })

  it("shows the server's field errors next to their controls and keeps what was typed", async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, {
        status: 'in_progress',
        leadDepartmentId: 3,
        coDepartmentIds: [],
        extensionPending: false,
        resolveBy: '2026-09-26',
      }),
    )
    sendBottleneckAction.mockRejectedValue(
      new ApiError(400, 'validation_failed', 'bad', { newResolveBy: 'beyond the maximum limit' }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.department)
    await wrapper.find('[data-action="request_extension"]').trigger('click')
    await flushPromises()
    await wrapper.find('#extension-date').setValue('2026-12-31')
    await wrapper.find('#action-reason').setValue('需省级部门审批')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckAction).toHaveBeenCalledWith(9, {
      action: 'request_extension',
      version: 3,
      newResolveBy: '2026-12-31',
      reason: '需省级部门审批',
    })
    expect(wrapper.find('#extension-date-error').text()).toContain('within the longest time limit')
    expect((wrapper.find('#action-reason').element as HTMLTextAreaElement).value).toBe('需省级部门审批')
  })

  it('reloads the record and says so when someone else changed it first (409 stale_version)', async () => {
    fetchBottleneck.mockResolvedValueOnce(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [], version: 2 }),
    )
    fetchBottleneck.mockResolvedValueOnce(
      bottleneckFixture(9, { status: 'accepted', leadDepartmentId: null, coDepartmentIds: [], version: 3 }),
    )
    sendBottleneckAction.mockRejectedValue(new ApiError(409, 'stale_version', 'stale'))
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="accept"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(fetchBottleneck).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Someone else changed this record')
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(actionsShown(wrapper)).toEqual(['assign'])
  })

  it('reloads and says the action is no longer possible on 409 illegal_transition', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    sendBottleneckAction.mockRejectedValue(new ApiError(409, 'illegal_transition', 'no', {}))
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="accept"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(fetchBottleneck).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('no longer possible')
  })

  it('closes the dialog on Esc and gives focus back to the button that opened it', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [] }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    const button = wrapper.find('[data-action="reject"]')
    ;(button.element as HTMLButtonElement).focus()
    await button.trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('action-reason')
    await wrapper.find('[role="dialog"]').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(document.activeElement).toBe(button.element)
  })
})
