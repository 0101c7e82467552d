import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Chain, RecommendationDetail } from '#contract'
import { ApiError } from '@/api/http'
import RecommendationFormView from '@/views/RecommendationFormView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { USERS, mountView } from './setup'

const sendNewRecommendation = vi.fn()
const sendRecommendationEdit = vi.fn()
const fetchRecommendation = vi.fn()
vi.mock('@/api/recommendationWrites', () => ({
  sendNewRecommendation: (body: unknown, key: string) => sendNewRecommendation(body, key),
  sendRecommendationEdit: (id: number, body: unknown) => sendRecommendationEdit(id, body),
}))
vi.mock('@/api/recommendations', () => ({
  fetchRecommendation: (id: number) => fetchRecommendation(id),
  fetchRecommendations: vi.fn(),
}))
vi.mock('@/api/bottlenecks', () => ({
  fetchBottleneck: (id: number) => Promise.resolve(bottleneckFixture(id)),
  fetchBottlenecks: vi.fn(),
}))
vi.mock('@/api/visits', () => ({
  fetchVisit: () => Promise.reject(new ApiError(404, 'not_found', 'no')),
  fetchVisits: vi.fn(),
}))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
const chains = [1, 4].map(id => ({ id, name: { zh: `链${id}`, ko: `사슬${id}`, en: `Chain ${id}` } })) as Chain[]
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve(chains),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve([]),
}))

function draft(overrides: Partial<RecommendationDetail> = {}): RecommendationDetail {
  return {
    id: 12,
    code: 'R2026-012',
    title: '旧标题',
    body: '正文',
    chainIds: [1],
    basis: { visitIds: [], bottleneckIds: [9], research: null },
    submittedTo: 'government',
    status: 'draft',
    createdBy: 2,
    createdOn: '2026-09-01',
    submittedOn: null,
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince: '2026-09-01',
    version: 4,
    instructions: [],
    forwards: [],
    feedback: [],
    ...overrides,
  }
}

beforeEach(() => {
  sendNewRecommendation.mockReset()
  sendRecommendationEdit.mockReset()
  fetchRecommendation.mockReset()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('recommendation form', () => {
  it('drafts a recommendation resting on the bottleneck it was opened from, with an Idempotency-Key', async () => {
    sendNewRecommendation.mockResolvedValue(draft({ id: 30 }))
    const { wrapper, router } = await mountView(
      RecommendationFormView,
      '/recommendations/new?bottleneck=9&chain=1',
      USERS.leader,
    )
    expect(wrapper.find('[data-basis-bottleneck="9"]').text()).toContain('BN-2026-0009')
    await wrapper.find('#rec-title').setValue('关于冷链物流的建议')
    await wrapper.find('#rec-body').setValue('建议……')
    await wrapper.find('[data-testid="recommendation-form"]').trigger('submit')
    await flushPromises()
    expect(sendNewRecommendation).toHaveBeenCalledWith(
      {
        title: '关于冷链物流的建议',
        body: '建议……',
        chainIds: [1],
        basis: { visitIds: [], bottleneckIds: [9], research: null },
        submittedTo: 'party_committee',
      },
      expect.any(String),
    )
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/recommendations/30'))
  })

  it('says why a basis record cannot be added', async () => {
    const { wrapper } = await mountView(RecommendationFormView, '/recommendations/new', USERS.leader)
    await wrapper.find('#rec-add-visit').setValue('404')
    await wrapper.find('[data-testid="basis-add-visit"]').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('There is no record number 404')
    expect(wrapper.find('[data-basis-visit]').exists()).toBe(false)
  })

  it('edits a draft on its version and, when someone else saved first, reloads it and says so', async () => {
    fetchRecommendation.mockResolvedValueOnce(draft()).mockResolvedValueOnce(draft({ title: '他人的标题', version: 5 }))
    sendRecommendationEdit.mockRejectedValue(new ApiError(409, 'stale_version', 'stale'))
    const { wrapper } = await mountView(RecommendationFormView, '/recommendations/12/edit', USERS.liaison)
    expect((wrapper.find('#rec-title').element as HTMLInputElement).value).toBe('旧标题')
    await wrapper.find('#rec-title').setValue('新标题')
    await wrapper.find('[data-testid="recommendation-form"]').trigger('submit')
    await flushPromises()
    expect(sendRecommendationEdit).toHaveBeenCalledWith(12, expect.objectContaining({ version: 4, title: '新标题' }))
    expect(wrapper.find('[data-testid="action-notice"]').text()).toContain('Someone else changed this record')
    expect((wrapper.find('#rec-title').element as HTMLInputElement).value).toBe('他人的标题')
  })

  it('refuses to edit a recommendation that is no longer a draft', async () => {
    fetchRecommendation.mockResolvedValue(draft({ status: 'submitted' }))
    const { wrapper } = await mountView(RecommendationFormView, '/recommendations/12/edit', USERS.leader)
    expect(wrapper.find('[data-testid="recommendation-form"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Only a draft on a chain in your scope can be edited.')
  })
})
