import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Visit } from '#contract'
import { ApiError } from '@/api/http'
import { CHAINS, enterpriseFixture, mountVisitForm, submit } from './mountVisitForm'

const sendVisitEdit = vi.fn()
vi.mock('@/api/visitWrites', () => ({ sendNewVisit: vi.fn(), sendVisitEdit: (...a: unknown[]) => sendVisitEdit(...a) }))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: async () => ({ items: [enterpriseFixture(7)], total: 1, page: 1, pageSize: 200 }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: async () => CHAINS,
  fetchCounties: async () => [],
  fetchDepartments: async () => [],
}))

const stored: Visit = {
  id: 42,
  code: 'V-2026-0042',
  type: 'forum',
  date: '2026-10-09',
  chainId: 1,
  enterpriseIds: [7],
  participants: ['金明哲'],
  summary: 'Forum on logistics.',
  outcomes: [{ id: 1, type: 'order', enterpriseId: 7, amountCny: 500000, description: 'Order' }],
  bottleneckIds: [3],
  recordedBy: 3,
  recordedAt: '2026-10-09T08:00:00+08:00',
  version: 4,
}
vi.mock('@/api/visits', () => ({ fetchVisit: async () => stored }))

beforeEach(() => localStorage.clear())
afterEach(() => {
  sendVisitEdit.mockReset()
  document.body.innerHTML = ''
})

describe('editing a visit', () => {
  it('starts from the stored visit and saves at its version without bottlenecks', async () => {
    sendVisitEdit.mockResolvedValue({ ...stored, version: 5 })
    const { wrapper, router } = await mountVisitForm(42)
    expect((wrapper.find('#visit-summary').element as HTMLTextAreaElement).value).toBe('Forum on logistics.')
    expect((wrapper.find('#visit-outcome-0-amount').element as HTMLInputElement).value).toBe('500000')
    expect(wrapper.find('#visit-bottleneck-add').exists()).toBe(false)
    await wrapper.find('#visit-summary').setValue('Forum on logistics and customs.')
    await submit(wrapper)
    expect(sendVisitEdit).toHaveBeenCalledWith(42, {
      version: 4,
      type: 'forum',
      date: '2026-10-09',
      chainId: 1,
      enterpriseIds: [7],
      participants: ['金明哲'],
      summary: 'Forum on logistics and customs.',
      outcomes: [{ type: 'order', enterpriseId: 7, amountCny: 500000, description: 'Order' }],
    })
    expect(router.currentRoute.value.fullPath).toBe('/visits/42')
  })

  it('on a stale version keeps the edits and, if asked, saves them over the newer version', async () => {
    sendVisitEdit
      .mockRejectedValueOnce(new ApiError(409, 'stale_version', 'stale', {}, { current: { ...stored, version: 6 } }))
      .mockResolvedValueOnce({ ...stored, version: 7 })
    const { wrapper } = await mountVisitForm(42)
    await wrapper.find('#visit-summary').setValue('My edit')
    await submit(wrapper)
    expect(wrapper.find('[data-testid="form-error-summary"]').text()).toContain('Someone else changed this visit')
    expect((wrapper.find('#visit-summary').element as HTMLTextAreaElement).value).toBe('My edit')
    await wrapper.find('[data-testid="visit-keep-mine"]').trigger('click')
    await submit(wrapper)
    expect(sendVisitEdit.mock.calls[1]![1]).toMatchObject({ version: 6, summary: 'My edit' })
  })

  it("tells someone outside the visit's chain that they cannot save", async () => {
    const { wrapper } = await mountVisitForm(42, {
      id: 9,
      username: 'l2',
      displayName: 'L2',
      role: 'liaison',
      chainIds: [2],
      departmentId: null,
    })
    await flushPromises()
    expect(wrapper.text()).toContain('you can view it but not save changes')
  })
})
