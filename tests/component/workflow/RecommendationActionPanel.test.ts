import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { RecommendationView } from '#contract'
import RecommendationDetailView from '@/views/RecommendationDetailView.vue'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchRecommendation = vi.fn()
const sendRecommendationAction = vi.fn()
vi.mock('@/api/recommendations', () => ({
  fetchRecommendation: (id: number) => fetchRecommendation(id),
  fetchRecommendations: vi.fn(),
}))
vi.mock('@/api/recommendationWrites', () => ({
  sendRecommendationAction: (id: number, body: unknown) => sendRecommendationAction(id, body),
}))
vi.mock('@/api/audit', () => ({
  fetchAudit: () => Promise.resolve({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } }),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

function recommendationFixture(
  status: RecommendationView['status'],
  overrides: Partial<RecommendationView> = {},
): RecommendationView {
  return {
    id: 4,
    code: 'R-2026-004',
    title: '关于开行图们至珲春旅游专列的建议',
    body: '建议……',
    chainIds: [1],
    basis: { visitIds: [], bottleneckIds: [], research: null },
    submittedTo: 'party_committee',
    status,
    createdBy: 2,
    createdOn: '2026-08-01',
    submittedOn: '2026-08-03',
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince: '2026-08-03',
    version: 2,
    instructions: [],
    forwards: [],
    feedback: [],
    turn: { waitingOn: [], orphaned: false },
    ...overrides,
  }
}

const shown = (w: Awaited<ReturnType<typeof mountView>>['wrapper']) =>
  w.findAll('[data-testid="action-panel"] [data-action]').map(b => b.attributes('data-action'))

describe('recommendation action panel', () => {
  beforeEach(() => {
    fetchRecommendation.mockReset()
    sendRecommendationAction.mockReset()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('offers a leader instruction or not-adopted on a submitted recommendation, and a viewer nothing', async () => {
    fetchRecommendation.mockResolvedValue(recommendationFixture('submitted'))
    const leader = await mountView(RecommendationDetailView, '/recommendations/4', USERS.leader)
    expect(shown(leader.wrapper)).toEqual(['record_instruction', 'not_adopted'])
    document.body.innerHTML = ''
    const viewer = await mountView(RecommendationDetailView, '/recommendations/4', USERS.viewer)
    expect(viewer.wrapper.find('[data-testid="action-panel"]').exists()).toBe(false)
  })

  it("records a leader's instruction with the version, and may record another afterwards", async () => {
    fetchRecommendation.mockResolvedValue(recommendationFixture('submitted'))
    sendRecommendationAction.mockResolvedValue(
      recommendationFixture('instructed', {
        version: 3,
        instructions: [{ id: 1, leader: '州委书记', date: '2026-08-10', text: '同意，请州文广旅局牵头研究。' }],
      }),
    )
    const { wrapper } = await mountView(RecommendationDetailView, '/recommendations/4', USERS.leader)
    await wrapper.find('[data-action="record_instruction"]').trigger('click')
    await flushPromises()
    await wrapper.find('#instruction-leader').setValue('州委书记')
    await wrapper.find('#instruction-date').setValue('2026-08-10')
    await wrapper.find('#instruction-text').setValue('同意，请州文广旅局牵头研究。')
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendRecommendationAction).toHaveBeenCalledWith(4, {
      action: 'record_instruction',
      version: 2,
      leader: '州委书记',
      date: '2026-08-10',
      text: '同意，请州文广旅局牵头研究。',
    })
    expect(wrapper.find('[data-testid="instructions"]').text()).toContain('州委书记')
    expect(shown(wrapper)).toContain('record_instruction')
    expect(shown(wrapper)).toContain('forward')
  })

  it('forwards to the departments ticked', async () => {
    fetchRecommendation.mockResolvedValue(recommendationFixture('instructed'))
    sendRecommendationAction.mockResolvedValue(recommendationFixture('forwarded', { version: 3 }))
    const { wrapper } = await mountView(RecommendationDetailView, '/recommendations/4', USERS.leader)
    await wrapper.find('[data-action="forward"]').trigger('click')
    await flushPromises()
    await wrapper.find('#forward-dept-3').setValue(true)
    await wrapper.find('#forward-dept-8').setValue(true)
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(sendRecommendationAction).toHaveBeenCalledWith(4, {
      action: 'forward',
      version: 2,
      departmentIds: [3, 8],
      note: '',
    })
  })

  it("lets a department the recommendation was forwarded to start implementation, and no one else's department", async () => {
    const forwarded = recommendationFixture('forwarded', {
      forwards: [{ id: 1, date: '2026-08-12', departmentIds: [3], note: '' }],
    })
    fetchRecommendation.mockResolvedValue(forwarded)
    const mine = await mountView(RecommendationDetailView, '/recommendations/4', USERS.department)
    expect(shown(mine.wrapper)).toEqual(['start_implementation'])
    document.body.innerHTML = ''
    const other = await mountView(RecommendationDetailView, '/recommendations/4', USERS.otherDepartment)
    expect(other.wrapper.find('[data-testid="action-panel"]').exists()).toBe(false)
  })
})
