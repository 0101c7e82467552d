import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Enterprise } from '#contract'
import { ApiError } from '@/api/http'
import BottleneckEditView from '@/views/BottleneckEditView.vue'
import BottleneckDetailView from '@/views/BottleneckDetailView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { USERS, mountView } from './setup'

const fetchBottleneck = vi.fn()
const sendBottleneckEdit = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottleneck: (id: number) => fetchBottleneck(id),
  fetchBottlenecks: vi.fn(),
}))
vi.mock('@/api/bottleneckWrites', () => ({
  sendBottleneckEdit: (id: number, body: unknown) => sendBottleneckEdit(id, body),
  sendBottleneckAction: vi.fn(),
}))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/visits', () => ({ fetchVisit: vi.fn(), fetchVisits: vi.fn() }))
const firm = (id: number) =>
  ({
    id,
    creditCode: `91222400MA000000${id}X`,
    name: { zh: `企业${id}`, ko: `기업${id}`, en: `Works ${id}` },
    county: 'yanji',
    chains: [{ chainId: 1, segmentId: 1 }],
    anchor: false,
    aboveScale: true,
    contact: { name: '', phone: '' },
    liaisonId: null,
  }) as Enterprise
// The chain's first page holds 7 only: the bottleneck's own enterprise (109) comes by id.
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: (q: { ids?: number[] }) =>
    Promise.resolve({ items: q.ids ? q.ids.map(firm) : [firm(7)], total: 1, page: 1, pageSize: 50 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve([]),
}))

const submitted = (overrides = {}) =>
  bottleneckFixture(9, { status: 'submitted', leadDepartmentId: null, coDepartmentIds: [], version: 2, ...overrides })
const value = (w: Awaited<ReturnType<typeof mountView>>['wrapper'], sel: string) =>
  (w.find(sel).element as HTMLInputElement).value

beforeEach(() => {
  fetchBottleneck.mockReset()
  sendBottleneckEdit.mockReset()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the Edit control on a bottleneck', () => {
  it.each([
    ['leader in scope', USERS.leader],
    ['liaison in scope', USERS.liaison],
    ['admin', USERS.admin],
  ] as const)('is offered to the %s while it is submitted', async (_who, user) => {
    fetchBottleneck.mockResolvedValue(submitted())
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', user)
    expect(wrapper.find('[data-action="edit-bottleneck"]').attributes('href')).toBe('/bottlenecks/9/edit')
  })

  it.each([
    ['viewer', USERS.viewer],
    ['department', USERS.department],
    ['leader of another chain', USERS.otherLeader],
  ] as const)('is not offered to the %s', async (_who, user) => {
    fetchBottleneck.mockResolvedValue(submitted())
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', user)
    expect(wrapper.find('[data-action="edit-bottleneck"]').exists()).toBe(false)
  })

  it('is gone once the bottleneck has been accepted', async () => {
    fetchBottleneck.mockResolvedValue(submitted({ status: 'accepted' }))
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    expect(wrapper.find('[data-action="edit-bottleneck"]').exists()).toBe(false)
  })
})

describe('editing a submitted bottleneck', () => {
  it('opens on the record, its own enterprise chosen, and sends only what changed with the version read', async () => {
    fetchBottleneck.mockResolvedValue(submitted())
    sendBottleneckEdit.mockResolvedValue(submitted({ title: '新标题', version: 3 }))
    const { wrapper, router } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.liaison)
    expect(value(wrapper, '#edit-title')).toBe('流动资金贷款难 9')
    expect(value(wrapper, '#raise-enterprise')).toBe('109')
    await wrapper.find('#edit-title').setValue('  新标题 ')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckEdit).toHaveBeenCalledWith(9, { version: 2, title: '新标题' })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/bottlenecks/9'))
  })

  it('sends nothing while the title is empty and says so next to it', async () => {
    fetchBottleneck.mockResolvedValue(submitted())
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.leader)
    await wrapper.find('#edit-title').setValue('   ')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckEdit).not.toHaveBeenCalled()
    expect(wrapper.find('#edit-title-error').text()).toBe('This is required')
  })

  it("shows the server's field errors next to their controls and keeps what was typed", async () => {
    fetchBottleneck.mockResolvedValue(submitted())
    sendBottleneckEdit.mockRejectedValue(
      new ApiError(400, 'validation_failed', 'bad', { enterpriseId: 'enterprise not in this visit' }),
    )
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.leader)
    await wrapper.find('#raise-enterprise option[value="7"]').setValue()
    await wrapper.find('#edit-description').setValue('补充说明')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#raise-enterprise-error').exists()).toBe(true)
    expect(value(wrapper, '#edit-description')).toBe('补充说明')
  })

  it('when someone else saved first, keeps the edit on top of their version and resends on the new version', async () => {
    fetchBottleneck.mockResolvedValueOnce(submitted())
    fetchBottleneck.mockResolvedValueOnce(submitted({ title: '他人改的标题', description: '他人补充', version: 3 }))
    sendBottleneckEdit
      .mockRejectedValueOnce(new ApiError(409, 'stale_version', 'stale'))
      .mockResolvedValueOnce(submitted({ version: 4 }))
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.leader)
    await wrapper.find('#edit-title').setValue('我的标题')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Someone else saved this bottleneck')
    expect(value(wrapper, '#edit-title')).toBe('我的标题')
    expect(wrapper.find('#edit-title-hint').text()).toContain('他人改的标题')
    expect(value(wrapper, '#edit-description')).toBe('他人补充')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(sendBottleneckEdit).toHaveBeenLastCalledWith(9, { version: 3, title: '我的标题' })
  })

  it('locks the form and says why when the bottleneck has moved on meanwhile (409 illegal_transition)', async () => {
    fetchBottleneck.mockResolvedValueOnce(submitted())
    fetchBottleneck.mockResolvedValueOnce(submitted({ status: 'accepted', version: 3 }))
    sendBottleneckEdit.mockRejectedValue(new ApiError(409, 'illegal_transition', 'no', {}))
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.leader)
    await wrapper.find('#edit-title').setValue('我的标题')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('can no longer be edited')
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Accepted')
    expect(value(wrapper, '#edit-title')).toBe('我的标题')
    expect(wrapper.find('[data-testid="bottleneck-edit-save"]').attributes('disabled')).toBeDefined()
  })

  it('tells a leader of another chain it cannot be edited and shows no form', async () => {
    fetchBottleneck.mockResolvedValue(submitted())
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.otherLeader)
    expect(wrapper.find('[data-testid="bottleneck-edit-form"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Only a bottleneck still waiting for acceptance')
  })
})

describe('after someone else saved a field the user left alone', () => {
  it('takes their value into the form, marks nothing and says the two edits were merged', async () => {
    fetchBottleneck.mockResolvedValueOnce(submitted())
    fetchBottleneck.mockResolvedValueOnce(submitted({ title: '他人改的标题', version: 3 }))
    sendBottleneckEdit.mockRejectedValueOnce(new ApiError(409, 'stale_version', 'stale'))
    const { wrapper } = await mountView(BottleneckEditView, '/bottlenecks/9/edit', USERS.leader)
    await wrapper.find('#edit-description').setValue('我的补充')
    await wrapper.find('[data-testid="bottleneck-edit-form"]').trigger('submit')
    await flushPromises()
    expect(value(wrapper, '#edit-title')).toBe('他人改的标题')
    expect(value(wrapper, '#edit-description')).toBe('我的补充')
    expect(wrapper.find('[data-field-error], .form-field__hint').exists()).toBe(false)
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('together with yours')
  })
})
