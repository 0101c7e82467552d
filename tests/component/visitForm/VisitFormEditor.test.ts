import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { chinaToday } from '#contract'
import { ApiError } from '@/api/http'
import { CHAINS, enterpriseFixture, fillVisit, mountVisitForm, submit } from './mountVisitForm'

const sendNewVisit = vi.fn()
vi.mock('@/api/visitWrites', () => ({ sendNewVisit: (...a: unknown[]) => sendNewVisit(...a), sendVisitEdit: vi.fn() }))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: async () => ({
    items: [enterpriseFixture(7), enterpriseFixture(8)],
    total: 2,
    page: 1,
    pageSize: 8,
  }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: async () => CHAINS,
  fetchCounties: async () => [],
  fetchDepartments: async () => [],
}))

const DRAFT_KEY = 'chain-cockpit.draft.visit-new.u3'
const saved = {
  id: 99,
  code: 'V-99',
  type: 'visit',
  date: chinaToday(),
  chainId: 1,
  enterpriseIds: [7],
  participants: [],
  summary: 's',
  outcomes: [],
  bottleneckIds: [5],
  recordedBy: 3,
  recordedAt: '2026-11-26T08:00:00+08:00',
  version: 1,
}
const keyOf = (call: number) => sendNewVisit.mock.calls[call]![1] as string

beforeEach(() => localStorage.clear())
afterEach(() => {
  sendNewVisit.mockReset()
  document.body.innerHTML = ''
})

describe('the visit form', () => {
  it("sends the visit, its outcome and inline bottleneck in the contract's shape, then confirms it by code with a link, and clears the draft", async () => {
    sendNewVisit.mockResolvedValue(saved)
    const { wrapper, router } = await mountVisitForm()
    await fillVisit(wrapper)
    await submit(wrapper)
    expect(sendNewVisit).toHaveBeenCalledTimes(1)
    expect(sendNewVisit.mock.calls[0]![0]).toEqual({
      type: 'visit',
      date: chinaToday(),
      chainId: 1,
      enterpriseIds: [7],
      participants: ['金明哲', '李华'],
      summary: 'Talked about export orders.',
      outcomes: [{ type: 'order', enterpriseId: 7, amountCny: 1250000, description: 'Order for rail parts' }],
      bottlenecks: [
        {
          enterpriseId: 7,
          category: 'financing',
          title: 'Working capital loans are slow',
          description: 'Approval takes three months.',
        },
      ],
    })
    // The confirmation is announced (role=status), names the new record's code and links to it; focus moves to it.
    const status = wrapper.find('[role="status"][data-testid="visit-saved"]')
    expect(status.text()).toContain('Visit V-99 saved')
    expect(status.text()).toContain('1 bottleneck raised with it')
    expect(status.text()).toContain('The draft kept on this device has been cleared.')
    expect(status.find('a[data-testid="visit-saved-link"]').attributes('href')).toBe('/visits/99')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('visit-saved-title')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
    expect(router.currentRoute.value.fullPath).toBe('/visits/new')

    // Another visit starts from an empty form with a fresh key.
    await wrapper.find('[data-testid="visit-saved-another"]').trigger('click')
    await flushPromises()
    expect((wrapper.find('#visit-summary').element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.find('[data-testid="visit-saved"]').text()).toBe('')
  })

  it('restores everything typed when the form opens again (reload, closed tab)', async () => {
    const first = await mountVisitForm()
    await fillVisit(first.wrapper)
    first.wrapper.unmount()
    const second = await mountVisitForm()
    const w = second.wrapper
    expect((w.find('#visit-summary').element as HTMLTextAreaElement).value).toBe('Talked about export orders.')
    expect((w.find('#visit-outcome-0-amount').element as HTMLInputElement).value).toBe('1,250,000')
    expect((w.find('#visit-bottleneck-0-title').element as HTMLInputElement).value).toBe(
      'Working capital loans are slow',
    )
    expect(w.find('[data-testid="visit-enterprises-picked"]').text()).toContain('Tumen Works 7')
    expect(w.find('[data-testid="visit-draft-status"]').text()).toContain('restored')
  })

  it('after a network failure says it was not sent, keeps the draft, and retries with the same Idempotency-Key', async () => {
    sendNewVisit.mockRejectedValue(new ApiError(0, 'network_error', 'Network Error'))
    const { wrapper } = await mountVisitForm()
    await fillVisit(wrapper)
    await submit(wrapper)
    const summary = wrapper.find('[data-testid="form-error-summary"]')
    expect(summary.text()).toContain('Not sent')
    expect(summary.text()).toContain('draft is saved')
    expect(document.activeElement).toBe(summary.element)
    await submit(wrapper)
    expect(sendNewVisit).toHaveBeenCalledTimes(2)
    expect(keyOf(1)).toBe(keyOf(0))
    wrapper.unmount()
    // The key survives a reload with the draft, so a retry after reopening is still the same request.
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).data.idempotencyKey).toBe(keyOf(0))
  })

  it("shows the API's field errors next to their controls and lists them at the top", async () => {
    sendNewVisit.mockRejectedValue(
      new ApiError(400, 'validation_failed', 'invalid', {
        'outcomes.0.amountCny': 'Too small',
        'bottlenecks.0.title': 'Too big',
      }),
    )
    const { wrapper } = await mountVisitForm()
    await fillVisit(wrapper)
    await submit(wrapper)
    expect(wrapper.find('#visit-outcome-0-amount-error').text()).toBe(
      'Enter an order amount in whole yuan, from 1 to 10,000,000,000.',
    )
    expect(wrapper.find('#visit-outcome-0-amount').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#visit-bottleneck-0-title-error').text()).toContain('Enter a title')
    const links = wrapper.findAll('[data-testid="form-error-summary"] a').map(a => a.attributes('href'))
    expect(links).toEqual(['#visit-outcome-0-amount', '#visit-bottleneck-0-title'])
    expect((wrapper.find('#visit-summary').element as HTMLTextAreaElement).value).toBe('Talked about export orders.')
  })

  it('uses a new Idempotency-Key once the server has refused the request, so the corrected form is not answered with the refusal', async () => {
    sendNewVisit
      .mockRejectedValueOnce(new ApiError(400, 'validation_failed', 'invalid', { summary: 'Too big' }))
      .mockResolvedValueOnce(saved)
    const { wrapper } = await mountVisitForm()
    await fillVisit(wrapper)
    await submit(wrapper)
    await submit(wrapper)
    expect(keyOf(1)).not.toBe(keyOf(0))
  })

  it('says what is missing without sending a form that cannot succeed', async () => {
    const { wrapper } = await mountVisitForm()
    await wrapper.find('#visit-outcome-add').trigger('click')
    await submit(wrapper)
    expect(sendNewVisit).not.toHaveBeenCalled()
    expect(wrapper.find('#visit-enterprise-search-error').text()).toContain('at least one enterprise')
    expect(wrapper.find('#visit-summary-error').text()).toContain('Describe the visit')
    expect(wrapper.find('#visit-outcome-0-enterprise-error').text()).toContain('visited enterprises')
  })

  it("offers only the chains in the user's scope, preselecting the only one", async () => {
    const { wrapper } = await mountVisitForm()
    await flushPromises()
    const options = wrapper
      .findAll('#visit-chain option')
      .filter(o => !(o.element as HTMLOptionElement).disabled)
      .map(o => o.text())
    expect(options).toEqual(['Chain 1'])
    expect((wrapper.find('#visit-chain').element as HTMLSelectElement).value).toBe('1')
  })
})
