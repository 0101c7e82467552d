// @vitest-environment node
/**
 * Whose turn it is and the queues (issue 11 §3) on both implementations over the same world: the
 * details of records in every state, the audit, every demo account's queue, a write's answer, and
 * the admin's queue of orphans once every leader of a chain is disabled — equal on mock and live.
 */
import { describe, expect, it } from 'vitest'
import {
  BOTTLENECK_STATES,
  RECOMMENDATION_STATES,
  type AdminUser,
  type BottleneckView,
  type Recommendation,
  type RecommendationView,
  type Bottleneck,
} from '#contract'
import { pairForFile } from './pair'

const file = pairForFile()
const { as } = file
const DEMO_ACCOUNTS = ['admin', 'leader', 'liaison', 'department', 'viewer']

describe('whose turn, alike on both sides', () => {
  it("every bottleneck state's detail names the same people and actors on its timeline", async () => {
    for (const state of BOTTLENECK_STATES) {
      const b = file.pair.world.bottlenecks.find(x => x.status === state && !x.voidedAt)
      if (!b) continue
      const res = await as('viewer', `bottleneck ${state}`, c => c.get(`/api/bottlenecks/${b.id}`))
      const view = res.body as BottleneckView
      expect(view.turn.orphaned, state).toBe(false)
      expect(view.turn.waitingOn.length > 0, state).toBe(!['rejected', 'closed'].includes(state))
      expect(
        view.events.every(e => e.actorRole !== null),
        state,
      ).toBe(true)
    }
  })

  it("every recommendation state's detail alike", async () => {
    for (const state of RECOMMENDATION_STATES) {
      const r = file.pair.world.recommendations.find(x => x.status === state && !x.voidedAt)
      if (!r) continue
      const view = (await as('viewer', `recommendation ${state}`, c => c.get(`/api/recommendations/${r.id}`)))
        .body as RecommendationView
      expect(view.turn.waitingOn.length > 0, state).toBe(!['implemented', 'not_adopted'].includes(state))
    }
  })

  it("the audit names each actor's role and department alike", async () => {
    const b = file.pair.world.bottlenecks.find(x => x.status === 'in_progress')!
    await as('viewer', 'audit', c => c.get(`/api/audit?entityType=bottleneck&entityId=${b.id}`))
  })

  it('a write answers the record with its new turn alike', async () => {
    const b = file.pair.world.bottlenecks.find(x => x.status === 'submitted' && !x.voidedAt && x.chainId === 1)!
    const res = await as('leader', 'accept', c =>
      c.post(`/api/bottlenecks/${b.id}/transitions`, { action: 'accept', version: b.version }),
    )
    expect(res.status).toBe(200)
    expect((res.body as BottleneckView).turn.waitingOn.map(e => [e.actor, e.action])).toEqual([['leader', 'assign']])
  })

  it("every demo account's queue answers alike; the leader's holds nothing closed, the admin's nothing while all are staffed", async () => {
    const queues = new Map<string, { bottlenecks: Bottleneck[]; recommendations: Recommendation[] }>()
    for (const username of DEMO_ACCOUNTS)
      queues.set(username, (await as(username, 'queue', c => c.get('/api/queue'))).body as never)
    expect(queues.get('leader')!.bottlenecks.some(b => b.status === 'closed')).toBe(false)
    expect(queues.get('leader')!.bottlenecks.length).toBeGreaterThan(0)
    expect(queues.get('admin')).toEqual({ bottlenecks: [], recommendations: [] })
  })

  it("with every leader of a chain disabled, what waits on them is orphaned and in the admin's queue, alike", async () => {
    const chainId = 3
    const users = (await as('admin', 'users', c => c.get('/api/admin/users'))).body as { items: AdminUser[] }
    for (const u of users.items.filter(x => x.role === 'leader' && x.chainIds.includes(chainId))) {
      const res = await as('admin', `disable ${u.username}`, c =>
        c.patch(`/api/admin/users/${u.id}`, { version: u.version, active: false }),
      )
      expect(res.status).toBe(200)
    }
    const q = (await as('admin', 'queue of orphans', c => c.get('/api/queue'))).body as {
      bottlenecks: Bottleneck[]
      recommendations: Recommendation[]
    }
    expect(q.bottlenecks.length).toBeGreaterThan(0)
    expect(q.bottlenecks.every(b => b.chainId === chainId)).toBe(true)
    const orphan = q.bottlenecks[0]!
    const view = (await as('viewer', 'orphan detail', c => c.get(`/api/bottlenecks/${orphan.id}`)))
      .body as BottleneckView
    expect(view.turn.orphaned).toBe(true)
  })
})
