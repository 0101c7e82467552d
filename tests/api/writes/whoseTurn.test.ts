/**
 * Issue 11 §3 on the server: every bottleneck's and recommendation's detail (and every write's
 * answer) says whose turn it is, naming the people; timeline and audit entries carry the actor's
 * role and department; the queues hold what waits on each user — no closed items for the leader,
 * only the orphans (what no active non-admin account can act on) for the admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { AuditList, Bottleneck, BottleneckView, Recommendation, RecommendationView } from '#contract'
import {
  CHAIN,
  LEAD_DEPT,
  bottleneckAction,
  bottleneckIn,
  recommendationIn,
  startWriteApp,
  type WriteApp,
  type Who,
} from './writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
}, 120_000)
afterAll(async () => t?.close())

/** The active accounts of `role` holding chain CHAIN, or department `dept`, as the answer names them. */
const peopleOf = (pick: (u: WriteApp['world']['users'][number]) => boolean) =>
  t.world.users
    .filter(u => u.active && pick(u))
    .sort((a, b) => a.id - b.id)
    .map(u => ({ id: u.id, name: u.displayName }))
const leaders = () => peopleOf(u => u.role === 'leader' && u.chainIds.includes(CHAIN))
const liaisons = () => peopleOf(u => u.role === 'liaison' && u.chainIds.includes(CHAIN))
const staffOf = (dept: number) => peopleOf(u => u.role === 'department' && u.departmentId === dept)
const userNamed = (username: string) => t.world.users.find(u => u.username === username)!

async function detail(id: number): Promise<BottleneckView> {
  const res = await t.send('viewer', 'GET', `/api/bottlenecks/${id}`)
  expect(res.status).toBe(200)
  return res.body
}

describe('whose turn on a bottleneck', () => {
  it("a submitted item waits on the chain's leaders to accept it, by name", async () => {
    const b = await bottleneckIn(t, 'submitted')
    const turn = (await detail(b.id)).turn
    expect(turn).toEqual({
      waitingOn: [{ action: 'accept', actor: 'leader', departmentId: null, people: leaders() }],
      orphaned: false,
    })
    expect(turn.waitingOn[0]!.people).toContainEqual({ id: userNamed('leader').id, name: '金永哲' })
  })

  it("an assigned item waits on the lead department's staff to acknowledge it, and an item in progress on them to resolve it", async () => {
    const assigned = await bottleneckIn(t, 'assigned')
    expect((await detail(assigned.id)).turn.waitingOn).toEqual([
      { action: 'acknowledge', actor: 'department_lead', departmentId: LEAD_DEPT, people: staffOf(LEAD_DEPT) },
    ])
    const working = await bottleneckIn(t, 'in_progress')
    expect((await detail(working.id)).turn.waitingOn).toEqual([
      { action: 'resolve', actor: 'department_lead', departmentId: LEAD_DEPT, people: staffOf(LEAD_DEPT) },
    ])
  })

  it("a resolved item waits on the leaders' review and the liaisons' follow-up rating; a closed one on no one", async () => {
    const resolved = await bottleneckIn(t, 'resolved')
    expect((await detail(resolved.id)).turn.waitingOn).toEqual([
      { action: 'return', actor: 'leader', departmentId: null, people: leaders() },
      { action: 'rate_satisfied', actor: 'liaison', departmentId: null, people: liaisons() },
    ])
    const closed = await bottleneckIn(t, 'closed')
    expect((await detail(closed.id)).turn).toEqual({ waitingOn: [], orphaned: false })
  })

  it("every write answers the record with its new turn, and each event names its actor's role and department", async () => {
    const b = await bottleneckIn(t, 'submitted')
    const accepted = await t.send(
      'leader',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, b, 'accept'),
    )
    expect(accepted.status).toBe(200)
    expect((accepted.body as BottleneckView).turn.waitingOn.map(e => [e.actor, e.action])).toEqual([
      ['leader', 'assign'],
    ])
    const assigned = await t.send(
      'leader',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, accepted.body, 'assign'),
    )
    const acknowledged = await t.send(
      'deptLead',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, assigned.body, 'acknowledge'),
    )
    const noted = await t.send(
      'deptLead',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, acknowledged.body, 'note'),
    )
    expect(noted.status).toBe(200)
    const events = (await detail(b.id)).events
    expect(events.map(e => [e.action, e.actorRole, e.actorDepartmentId])).toEqual([
      ['raise', 'admin', null],
      ['accept', 'leader', null],
      ['assign', 'leader', null],
      ['acknowledge', 'department', LEAD_DEPT],
      ['note', 'department', LEAD_DEPT],
    ])
    expect((noted.body as BottleneckView).events.at(-1)).toMatchObject({
      action: 'note',
      actorRole: 'department',
      actorDepartmentId: LEAD_DEPT,
    })
  })

  it("the audit trail names each actor's role and department too", async () => {
    const b = await bottleneckIn(t, 'assigned')
    const ack = await t.send(
      'deptLead',
      'POST',
      `/api/bottlenecks/${b.id}/transitions`,
      bottleneckAction(t, b, 'acknowledge'),
    )
    expect(ack.status).toBe(200)
    const audit = (await t.send('viewer', 'GET', `/api/audit?entityType=bottleneck&entityId=${b.id}`)).body as AuditList
    expect(audit.items[0]).toMatchObject({
      action: 'acknowledge',
      actorRole: 'department',
      actorDepartmentId: LEAD_DEPT,
    })
    expect(audit.items.at(-1)).toMatchObject({ action: 'raise', actorRole: 'admin', actorDepartmentId: null })
  })
})

describe('whose turn on a recommendation', () => {
  it("a forwarded recommendation waits on the forwarded department's staff, or a leader on its behalf", async () => {
    const r = await recommendationIn(t, 'forwarded')
    const res = await t.send('viewer', 'GET', `/api/recommendations/${r.id}`)
    expect((res.body as RecommendationView).turn).toEqual({
      waitingOn: [
        {
          action: 'start_implementation',
          actor: 'department_forwarded',
          departmentId: LEAD_DEPT,
          people: staffOf(LEAD_DEPT),
        },
        { action: 'start_implementation', actor: 'leader', departmentId: null, people: leaders() },
      ],
      orphaned: false,
    })
  })

  it('a draft waits on the leaders to submit it (a liaison may edit it, which nobody waits for); a final one on no one', async () => {
    const draft = await recommendationIn(t, 'draft')
    expect(
      ((await t.send('viewer', 'GET', `/api/recommendations/${draft.id}`)).body as RecommendationView).turn.waitingOn,
    ).toEqual([{ action: 'submit', actor: 'leader', departmentId: null, people: leaders() }])
    const done = await recommendationIn(t, 'implemented')
    expect(
      ((await t.send('viewer', 'GET', `/api/recommendations/${done.id}`)).body as RecommendationView).turn,
    ).toEqual({ waitingOn: [], orphaned: false })
  })
})

describe('the queues', () => {
  const queueOf = async (who: Who) => {
    const res = await t.send(who, 'GET', '/api/queue')
    expect(res.status).toBe(200)
    return res.body as { bottlenecks: Bottleneck[]; recommendations: Recommendation[] }
  }

  it("the leader's queue holds no closed or final items: reopening belongs on the record", async () => {
    const closed = await bottleneckIn(t, 'closed')
    const q = await queueOf('leader')
    expect(q.bottlenecks.length).toBeGreaterThan(0)
    expect(q.bottlenecks.map(b => b.id)).not.toContain(closed.id)
    expect(new Set(q.bottlenecks.map(b => b.status))).not.toContain('closed')
    expect(
      q.bottlenecks.every(b =>
        ['submitted', 'accepted', 'disputed', 'escalated', 'in_progress', 'resolved'].includes(b.status),
      ),
    ).toBe(true)
    expect(
      q.recommendations.every(r =>
        ['draft', 'submitted', 'instructed', 'forwarded', 'implementing'].includes(r.status),
      ),
    ).toBe(true)
  })

  it("the liaison's queue holds what waits on a follow-up rating, not what the department is working on", async () => {
    const q = await queueOf('liaison')
    expect(q.bottlenecks.length).toBeGreaterThan(0)
    expect(new Set(q.bottlenecks.map(b => b.status))).toEqual(new Set(['resolved']))
    expect(q.recommendations).toEqual([])
  })

  it("the department's queue holds what it must acknowledge and resolve, each naming it on its page", async () => {
    const q = await queueOf('deptLead')
    expect(q.bottlenecks.length).toBeGreaterThan(0)
    const me = userNamed(t.world.users.find(u => u.role === 'department' && u.departmentId === LEAD_DEPT)!.username).id
    for (const b of q.bottlenecks.slice(0, 10))
      expect(
        (await detail(b.id)).turn.waitingOn.some(e => e.people.some(p => p.id === me)),
        b.code,
      ).toBe(true)
  })

  it("the admin's queue holds only orphans: items no active non-admin account can act on", async () => {
    // The demo world staffs every chain and department: nothing is orphaned yet.
    expect(await queueOf('admin')).toEqual({ bottlenecks: [], recommendations: [] })
    const submitted = await bottleneckIn(t, 'submitted')
    const assigned = await bottleneckIn(t, 'assigned')
    const draft = await recommendationIn(t, 'draft')
    // Every leader of the chain leaves: what waits on a leader there is orphaned; the department's work is not.
    const ids = t.world.users.filter(u => u.role === 'leader' && u.chainIds.includes(CHAIN)).map(u => u.id)
    await sql`update users set active = 0 where id in (${sql.join(ids)})`.execute(t.db)
    const turn = (await detail(submitted.id)).turn
    expect(turn).toEqual({
      waitingOn: [{ action: 'accept', actor: 'leader', departmentId: null, people: [] }],
      orphaned: true,
    })
    expect((await detail(assigned.id)).turn.orphaned).toBe(false)
    const q = await queueOf('admin')
    expect(q.bottlenecks.map(b => b.id)).toContain(submitted.id)
    expect(q.bottlenecks.map(b => b.id)).not.toContain(assigned.id)
    expect(q.recommendations.map(r => r.id)).toContain(draft.id)
    for (const b of q.bottlenecks.slice(0, 10)) expect((await detail(b.id)).turn.orphaned, b.code).toBe(true)
    await sql`update users set active = 1 where id in (${sql.join(ids)})`.execute(t.db)
    expect((await queueOf('admin')).bottlenecks.map(b => b.id)).not.toContain(submitted.id)
  })
})
