/**
 * Issue 11 §3 on the detail pages: each says whose turn it is — the actor, the people by name and
 * the step —, that nobody can act and the administrator has it, or that it is finished; and it
 * says so afresh after an action.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { RecommendationView } from '#contract'
import BottleneckDetailView from '@/views/BottleneckDetailView.vue'
import RecommendationDetailView from '@/views/RecommendationDetailView.vue'
import { bottleneckFixture } from '../lists/fixtures'
import { DEPARTMENTS, USERS, mountView } from './setup'

const fetchBottleneck = vi.fn()
const sendBottleneckAction = vi.fn()
const fetchRecommendation = vi.fn()
vi.mock('@/api/bottlenecks', () => ({
  fetchBottleneck: (id: number) => fetchBottleneck(id),
  fetchBottlenecks: vi.fn(),
}))
vi.mock('@/api/bottleneckWrites', () => ({
  sendBottleneckAction: (id: number, body: unknown) => sendBottleneckAction(id, body),
}))
vi.mock('@/api/recommendations', () => ({
  fetchRecommendation: (id: number) => fetchRecommendation(id),
  fetchRecommendations: vi.fn(),
}))
vi.mock('@/api/recommendationWrites', () => ({ sendRecommendationAction: vi.fn() }))
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

const turnText = (w: Awaited<ReturnType<typeof mountView>>['wrapper']) => w.find('[data-testid="whose-turn"]').text()
const leaderTurn = (action: string) => ({
  waitingOn: [
    {
      action,
      actor: 'leader' as const,
      departmentId: null,
      people: [
        { id: 2, name: '李链长' },
        { id: 6, name: '金永哲' },
      ],
    },
  ],
  orphaned: false,
})

beforeEach(() => {
  fetchBottleneck.mockReset()
  sendBottleneckAction.mockReset()
  fetchRecommendation.mockReset()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('whose turn on a detail page', () => {
  it('names the actor, the people and the step, marking the reader', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, {
        status: 'submitted',
        leadDepartmentId: null,
        coDepartmentIds: [],
        turn: leaderTurn('accept'),
      }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    expect(turnText(wrapper)).toBe('Waiting on: chain leader 李链长 (you), 金永哲 to accept it')
    expect(wrapper.find('[data-testid="whose-turn"]').attributes('data-yours')).toBe('true')
  })

  it("names the lead department's staff on an assigned item", async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, {
        status: 'assigned',
        leadDepartmentId: 3,
        turn: {
          waitingOn: [
            { action: 'acknowledge', actor: 'department_lead', departmentId: 3, people: [{ id: 9, name: '张科长' }] },
          ],
          orphaned: false,
        },
      }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.viewer)
    expect(turnText(wrapper)).toBe('Waiting on: Development and Reform Commission 张科长 to acknowledge it')
    expect(wrapper.find('[data-testid="whose-turn"]').attributes('data-yours')).toBeUndefined()
  })

  it('says nobody can act and the administrator has it', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, {
        status: 'assigned',
        leadDepartmentId: 3,
        turn: {
          waitingOn: [{ action: 'acknowledge', actor: 'department_lead', departmentId: 3, people: [] }],
          orphaned: true,
        },
      }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.admin)
    expect(wrapper.find('[data-testid="whose-turn"]').attributes('data-turn')).toBe('orphaned')
    expect(wrapper.find('[data-testid="whose-turn-orphaned"]').text()).toBe(
      'Nobody can act on this: it has gone to the administrator.',
    )
    expect(turnText(wrapper)).toContain('Development and Reform Commission (no active account) to acknowledge it')
  })

  it('says a closed item waits on no one', async () => {
    fetchBottleneck.mockResolvedValue(
      bottleneckFixture(9, { status: 'closed', turn: { waitingOn: [], orphaned: false } }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    expect(turnText(wrapper)).toBe('This item is finished (Closed): it waits on no one.')
  })

  it('says whose turn it is after an action, from the record the write answered', async () => {
    const before = bottleneckFixture(9, {
      status: 'submitted',
      leadDepartmentId: null,
      coDepartmentIds: [],
      version: 4,
      turn: leaderTurn('accept'),
    })
    fetchBottleneck.mockResolvedValue(before)
    sendBottleneckAction.mockResolvedValue(
      bottleneckFixture(9, {
        status: 'accepted',
        leadDepartmentId: null,
        coDepartmentIds: [],
        version: 5,
        turn: leaderTurn('assign'),
      }),
    )
    const { wrapper } = await mountView(BottleneckDetailView, '/bottlenecks/9', USERS.leader)
    await wrapper.find('[data-action="accept"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-testid="action-confirm"]').trigger('submit')
    await flushPromises()
    expect(turnText(wrapper)).toBe('Waiting on: chain leader 李链长 (you), 金永哲 to assign it')
  })

  it('on a recommendation: the forwarded department or a leader on its behalf', async () => {
    fetchRecommendation.mockResolvedValue({
      id: 4,
      code: 'R-2026-004',
      title: '关于开行图们至珲春旅游专列的建议',
      body: '建议……',
      chainIds: [1],
      basis: { visitIds: [], bottleneckIds: [], research: null },
      submittedTo: 'party_committee',
      status: 'forwarded',
      createdBy: 2,
      createdOn: '2026-08-01',
      submittedOn: '2026-08-03',
      firstInstructedOn: '2026-08-05',
      forwardedOn: '2026-08-10',
      implementingOn: null,
      implementedOn: null,
      notAdoptedOn: null,
      notAdoptedReason: null,
      statusSince: '2026-08-10',
      version: 4,
      instructions: [],
      feedback: [],
      forwards: [{ id: 1, date: '2026-08-10', departmentIds: [3], note: '' }],
      turn: {
        waitingOn: [
          {
            action: 'start_implementation',
            actor: 'department_forwarded',
            departmentId: 3,
            people: [{ id: 9, name: '张科长' }],
          },
          { action: 'start_implementation', actor: 'leader', departmentId: null, people: [{ id: 2, name: '李链长' }] },
        ],
        orphaned: false,
      },
    } satisfies RecommendationView)
    const { wrapper } = await mountView(RecommendationDetailView, '/recommendations/4', USERS.department)
    expect(turnText(wrapper)).toBe(
      'Waiting on: Development and Reform Commission 张科长 (you) or chain leader 李链长 to start implementation',
    )
  })
})
