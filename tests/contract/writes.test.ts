// @vitest-environment node
/**
 * The write path on both implementations over the same world and the same pinned clock: each step
 * goes to the mock and to the live app as the same user, and both must answer with the same status
 * and the same body — records, errors, audit and queue alike. Each sequence starts from fresh
 * worlds, one per side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  apiErrorBody,
  bottleneckView,
  recommendationView,
  visit as visitSchema,
  type BottleneckView,
  type RecommendationView,
  type Visit,
  type World,
} from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { alike, freshPair } from './pair'
import type { ApiClient, ApiResult, ApiTarget } from './targets'

const TODAY = CONTRACT_CLOCK.today
/** The demo department account's department (mock/reference/departments.ts DEMO_DEPARTMENT_ID). */
const DEMO_DEPARTMENT = 3

interface Pair {
  mock: ApiTarget
  live: ApiTarget
  world: World
  close: () => Promise<void>
}

/** Runs one step as `username` on both sides, requiring the same answer. */
async function as(
  pair: Pair,
  username: string,
  what: string,
  step: (c: ApiClient) => Promise<ApiResult>,
): Promise<ApiResult> {
  return alike(`${username}: ${what}`, await pair.mock.as(username), await pair.live.as(username), step)
}

function errorOf(res: ApiResult) {
  return apiErrorBody.parse(res.body).error
}

/** A visit to two chain-1 enterprises with an order won and one bottleneck raised inline. */
function visitRequest(world: World) {
  const [first, second] = world.enterprises.filter(e => e.chains.some(m => m.chainId === 1))
  return {
    type: 'visit',
    date: TODAY,
    chainId: 1,
    enterpriseIds: [first!.id, second!.id],
    participants: ['朴美善', '金永哲'],
    summary: '走访企业，了解通关与物流情况',
    outcomes: [{ type: 'order', enterpriseId: first!.id, amountCny: 250_000, description: '签订供货合同' }],
    bottlenecks: [
      { enterpriseId: second!.id, category: 'customs', title: '冷链货物通关时间长', description: '平均通关需三天' },
    ],
  }
}

describe('a visit with an inline bottleneck, driven to a satisfied close', () => {
  let pair: Pair
  let visit: Visit
  let b: BottleneckView
  const transition = (username: string, what: string, body: object) =>
    as(pair, username, what, c => c.post(`/api/bottlenecks/${b.id}/transitions`, body))

  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  it('a viewer cannot record a visit (403 forbidden)', async () => {
    const res = await as(pair, 'viewer', 'create visit', c =>
      c.post('/api/visits', visitRequest(pair.world), { 'idempotency-key': 'viewer-1' }),
    )
    expect(res.status).toBe(403)
    expect(errorOf(res).code).toBe('forbidden')
  })

  it('an order without an amount is 400 naming outcomes.0.amountCny', async () => {
    const body = visitRequest(pair.world)
    const res = await as(pair, 'liaison', 'invalid visit', c =>
      c.post('/api/visits', { ...body, outcomes: [{ ...body.outcomes[0], amountCny: null }] }),
    )
    expect(res.status).toBe(400)
    expect(errorOf(res).code).toBe('validation_failed')
    expect(Object.keys(errorOf(res).fields ?? {})).toContain('outcomes.0.amountCny')
  })

  it('the liaison records the visit: 201, the bottleneck raised with it as submitted', async () => {
    const res = await as(pair, 'liaison', 'create visit', c =>
      c.post('/api/visits', visitRequest(pair.world), { 'idempotency-key': 'visit-1' }),
    )
    expect(res.status).toBe(201)
    visit = visitSchema.parse(res.body)
    expect(visit.bottleneckIds).toHaveLength(1)
    expect(visit.id).toBe(Math.max(...pair.world.visits.map(v => v.id)) + 1)
    const detail = await as(pair, 'liaison', 'read bottleneck', c =>
      c.get(`/api/bottlenecks/${visit.bottleneckIds[0]}`),
    )
    b = bottleneckView.parse(detail.body)
    expect(b).toMatchObject({ status: 'submitted', visitId: visit.id, chainId: 1, version: 1 })
    expect(b.events.map(e => e.action)).toEqual(['raise'])
  })

  it('the same Idempotency-Key again replays the first answer and creates nothing', async () => {
    const res = await as(pair, 'liaison', 'replay visit', c =>
      c.post('/api/visits', visitRequest(pair.world), { 'idempotency-key': 'visit-1' }),
    )
    expect(res.status).toBe(201)
    expect(res.body).toEqual(visit)
    const list = await as(pair, 'liaison', 'count visits', c => c.get('/api/visits?pageSize=1'))
    expect((list.body as { total: number }).total).toBe(pair.world.visits.length + 1)
  })

  it("the liaison corrects the summary at the visit's version", async () => {
    const res = await as(pair, 'liaison', 'patch visit', c =>
      c.patch(`/api/visits/${visit.id}`, { version: visit.version, summary: '走访企业，通关与冷链物流' }),
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ summary: '走访企业，通关与冷链物流', version: visit.version + 1 })
  })

  it('the leader accepts it', async () => {
    const res = await transition('leader', 'accept', { action: 'accept', version: b.version })
    expect(res.status).toBe(200)
    b = bottleneckView.parse(res.body)
    expect(b.status).toBe('accepted')
  })

  it('the same version again is 409 stale_version carrying the current record', async () => {
    const res = await transition('leader', 'stale accept', { action: 'accept', version: b.version - 1 })
    expect(res.status).toBe(409)
    expect(errorOf(res).code).toBe('stale_version')
    expect(errorOf(res).current).toEqual(b)
  })

  it('an action illegal from accepted is 409 illegal_transition listing what the leader may do now', async () => {
    const res = await transition('leader', 'resolve too early', {
      action: 'resolve',
      version: b.version,
      resolutionType: 'solved',
    })
    expect(res.status).toBe(409)
    expect(errorOf(res).code).toBe('illegal_transition')
    expect(errorOf(res).allowedActions).toEqual(['assign'])
  })

  it('a viewer may not assign it (403 forbidden)', async () => {
    const res = await transition('viewer', 'viewer assigns', {
      action: 'assign',
      version: b.version,
      leadDepartmentId: DEMO_DEPARTMENT,
      coDepartmentIds: [],
      assignedVia: 'co_leader',
    })
    expect(res.status).toBe(403)
  })

  it('an assignment without a lead department is 400 naming it', async () => {
    const res = await transition('leader', 'assign without department', {
      action: 'assign',
      version: b.version,
      coDepartmentIds: [],
      assignedVia: 'co_leader',
    })
    expect(res.status).toBe(400)
    expect(Object.keys(errorOf(res).fields ?? {})).toContain('leadDepartmentId')
  })

  it('the leader assigns it through the co-leader: deadlines from the working-day calendar', async () => {
    const res = await transition('leader', 'assign', {
      action: 'assign',
      version: b.version,
      leadDepartmentId: DEMO_DEPARTMENT,
      coDepartmentIds: [],
      assignedVia: 'co_leader',
    })
    expect(res.status).toBe(200)
    b = bottleneckView.parse(res.body)
    expect(b).toMatchObject({
      status: 'assigned',
      assignedOn: TODAY,
      leadDepartmentId: DEMO_DEPARTMENT,
      assignedVia: 'co_leader',
    })
    expect(b.resolveBy).toBe(b.originalResolveBy)
  })

  it('the department sees it in its queue, alike on both sides', async () => {
    const res = await as(pair, 'department', 'queue', c => c.get('/api/queue'))
    expect(res.status).toBe(200)
    expect((res.body as { bottlenecks: { id: number }[] }).bottlenecks.map(x => x.id)).toContain(b.id)
  })

  it('the department acknowledges and resolves it', async () => {
    const ack = await transition('department', 'acknowledge', { action: 'acknowledge', version: b.version })
    expect(ack.status).toBe(200)
    b = bottleneckView.parse(ack.body)
    expect(b).toMatchObject({ status: 'in_progress', acknowledgedOn: TODAY })
    const resolved = await transition('department', 'resolve', {
      action: 'resolve',
      version: b.version,
      resolutionType: 'solved',
      comment: '已协调海关开通绿色通道',
    })
    expect(resolved.status).toBe(200)
    b = bottleneckView.parse(resolved.body)
    expect(b).toMatchObject({ status: 'resolved', resolvedOn: TODAY, resolutionType: 'solved' })
  })

  it('the liaison records the enterprise as satisfied: closed, every step on the timeline', async () => {
    const res = await transition('liaison', 'rate', { action: 'rate_satisfied', version: b.version })
    expect(res.status).toBe(200)
    b = bottleneckView.parse(res.body)
    expect(b).toMatchObject({ status: 'closed', satisfaction: 'satisfied', closedOn: TODAY })
    expect(b.events.map(e => e.action)).toEqual([
      'raise',
      'accept',
      'assign',
      'acknowledge',
      'resolve',
      'rate_satisfied',
    ])
  })

  it('the audit lists every write on the bottleneck, newest first, alike', async () => {
    const res = await as(pair, 'viewer', 'audit', c => c.get(`/api/audit?entityType=bottleneck&entityId=${b.id}`))
    expect(res.status).toBe(200)
    const items = (res.body as { items: { action: string }[] }).items
    expect(items.map(e => e.action)).toEqual(['rate_satisfied', 'resolve', 'acknowledge', 'assign', 'accept', 'raise'])
  })

  it('reads reflect the writes alike: detail, lists, overview', async () => {
    await as(pair, 'viewer', 'detail', c => c.get(`/api/bottlenecks/${b.id}`))
    await as(pair, 'viewer', 'visit detail', c => c.get(`/api/visits/${visit.id}`))
    const closed = await as(pair, 'viewer', 'closed list', c =>
      c.get('/api/bottlenecks?status=closed&sort=-raisedOn&pageSize=5'),
    )
    expect((closed.body as { items: { id: number }[] }).items.map(x => x.id)).toContain(b.id)
    await as(pair, 'viewer', 'overview', c => c.get(`/api/overview?from=2026-06-01&to=${TODAY}&chainId=1`))
  })
})

describe("permissions outside one's scope", () => {
  let pair: Pair
  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  it('the leader may not accept a bottleneck of a chain outside their scope (403 forbidden)', async () => {
    const leader = pair.world.users.find(u => u.username === 'leader')!
    const foreign = pair.world.bottlenecks.find(x => x.status === 'submitted' && !leader.chainIds.includes(x.chainId))!
    const res = await as(pair, 'leader', 'out of scope accept', c =>
      c.post(`/api/bottlenecks/${foreign.id}/transitions`, { action: 'accept', version: foreign.version }),
    )
    expect(res.status).toBe(403)
    expect(errorOf(res).code).toBe('forbidden')
  })

  it('an unknown bottleneck is 404 before anything else', async () => {
    const res = await as(pair, 'leader', 'unknown', c =>
      c.post('/api/bottlenecks/999999/transitions', { action: 'accept', version: 1 }),
    )
    expect(res.status).toBe(404)
  })

  it('the queues of every demo account answer alike', async () => {
    for (const username of ['admin', 'leader', 'liaison', 'department', 'viewer'])
      expect((await as(pair, username, 'queue', c => c.get('/api/queue'))).status).toBe(200)
  })
})

describe('a recommendation from draft to implemented', () => {
  let pair: Pair
  let r: RecommendationView
  const transition = (username: string, what: string, body: object) =>
    as(pair, username, what, c => c.post(`/api/recommendations/${r.id}/transitions`, body))
  const step = async (
    username: string,
    body: { action: string } & Record<string, unknown>,
    status: RecommendationView['status'],
  ) => {
    const res = await transition(username, body.action, { ...body, version: r.version })
    expect(res.status, body.action).toBe(200)
    r = recommendationView.parse(res.body)
    expect(r.status, body.action).toBe(status)
  }

  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  it('the liaison drafts it: 201, replayed by its Idempotency-Key', async () => {
    const basisVisit = pair.world.visits.find(v => v.chainId === 1)!
    const body = {
      title: '关于建设珲春冷链物流园区的建议',
      body: '建议由州政府牵头规划冷链物流园区。',
      chainIds: [1],
      basis: { visitIds: [basisVisit.id], bottleneckIds: [], research: null },
      submittedTo: 'government',
    }
    const res = await as(pair, 'liaison', 'create', c =>
      c.post('/api/recommendations', body, { 'idempotency-key': 'rec-1' }),
    )
    expect(res.status).toBe(201)
    r = recommendationView.parse(res.body)
    expect(r).toMatchObject({ status: 'draft', createdOn: TODAY, statusSince: TODAY })
    const again = await as(pair, 'liaison', 'replay', c =>
      c.post('/api/recommendations', body, { 'idempotency-key': 'rec-1' }),
    )
    expect(again.body).toEqual(r)
  })

  it('the leader submits it, records an instruction and forwards it to the department', async () => {
    await step('leader', { action: 'submit' }, 'submitted')
    await step(
      'leader',
      { action: 'record_instruction', leader: '州长', date: TODAY, text: '同意，请州发改委牵头研究。' },
      'instructed',
    )
    await step('leader', { action: 'forward', departmentIds: [DEMO_DEPARTMENT], note: '请研究落实' }, 'forwarded')
    expect(r.forwards.at(-1)).toMatchObject({ departmentIds: [DEMO_DEPARTMENT], date: TODAY })
  })

  it('the department starts implementing and reports back; the leader completes it', async () => {
    await step('department', { action: 'start_implementation' }, 'implementing')
    await step('department', { action: 'record_feedback', text: '已完成园区选址论证。' }, 'implementing')
    expect(r.feedback.at(-1)).toMatchObject({ departmentId: DEMO_DEPARTMENT, text: '已完成园区选址论证。' })
    await step('leader', { action: 'complete' }, 'implemented')
    expect(r.implementedOn).toBe(TODAY)
  })

  it('the audit lists each step, newest first, alike', async () => {
    const res = await as(pair, 'admin', 'audit', c => c.get(`/api/audit?entityType=recommendation&entityId=${r.id}`))
    expect((res.body as { items: { action: string }[] }).items.map(e => e.action)).toEqual([
      'complete',
      'record_feedback',
      'start_implementation',
      'forward',
      'record_instruction',
      'submit',
      'create',
    ])
  })

  it('the list and detail show it alike', async () => {
    await as(pair, 'viewer', 'detail', c => c.get(`/api/recommendations/${r.id}`))
    const list = await as(pair, 'viewer', 'list', c => c.get('/api/recommendations?status=implemented&pageSize=100'))
    expect((list.body as { items: { id: number }[] }).items.map(x => x.id)).toContain(r.id)
  })
})

describe('a bottleneck raised outside a visit: edits, an extension, and a refusal', () => {
  let pair: Pair
  let b: BottleneckView
  const transition = (username: string, what: string, body: object) =>
    as(pair, username, what, c => c.post(`/api/bottlenecks/${b.id}/transitions`, { ...body, version: b.version }))
  const take = async (username: string, body: { action: string } & Record<string, unknown>) => {
    const res = await transition(username, body.action, body)
    expect(res.status, body.action).toBe(200)
    b = bottleneckView.parse(res.body)
  }

  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  it('an Idempotency-Key over 200 characters is 400 naming the header', async () => {
    const enterprise = pair.world.enterprises.find(e => e.chains.some(m => m.chainId === 2))!
    const body = {
      chainId: 2,
      enterpriseId: enterprise.id,
      category: 'financing',
      title: '贷款审批慢',
      description: '',
    }
    const res = await as(pair, 'leader', 'long key', c =>
      c.post('/api/bottlenecks', body, { 'idempotency-key': 'k'.repeat(201) }),
    )
    expect(res.status).toBe(400)
    expect(Object.keys(errorOf(res).fields ?? {})).toEqual(['Idempotency-Key'])
  })

  it('the leader raises it and edits it while submitted', async () => {
    const enterprise = pair.world.enterprises.find(e => e.chains.some(m => m.chainId === 2))!
    const body = {
      chainId: 2,
      enterpriseId: enterprise.id,
      visitId: null,
      category: 'financing',
      title: '贷款审批慢',
      description: '',
    }
    const res = await as(pair, 'leader', 'raise', c =>
      c.post('/api/bottlenecks', body, { 'idempotency-key': 'raise-1' }),
    )
    expect(res.status).toBe(201)
    b = bottleneckView.parse(res.body)
    expect(b).toMatchObject({ status: 'submitted', visitId: null, raisedOn: TODAY })
    const edited = await as(pair, 'leader', 'edit', c =>
      c.patch(`/api/bottlenecks/${b.id}`, { version: b.version, title: '流动资金贷款审批慢' }),
    )
    expect(edited.status).toBe(200)
    b = bottleneckView.parse(edited.body)
    expect(b.title).toBe('流动资金贷款审批慢')
  })

  it('once accepted it can no longer be edited (409 illegal_transition)', async () => {
    await take('leader', { action: 'accept' })
    const res = await as(pair, 'leader', 'late edit', c =>
      c.patch(`/api/bottlenecks/${b.id}`, { version: b.version, title: '改不了' }),
    )
    expect(res.status).toBe(409)
    expect(errorOf(res).code).toBe('illegal_transition')
  })

  it('an extension the department asks for and the leader grants moves the deadline and keeps the original', async () => {
    await take('leader', {
      action: 'assign',
      leadDepartmentId: DEMO_DEPARTMENT,
      coDepartmentIds: [1],
      assignedVia: 'lead_unit',
    })
    await take('department', { action: 'acknowledge' })
    const original = b.resolveBy!
    const later = new Date(Date.parse(`${original}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10)
    await take('department', { action: 'request_extension', newResolveBy: later, reason: '需协调省级部门' })
    expect(b.extensionPending).toBe(true)
    const refused = await transition('department', 'second request', {
      action: 'request_extension',
      newResolveBy: later,
      reason: '再次申请',
    })
    expect(refused.status).toBe(409)
    await take('leader', { action: 'grant_extension' })
    expect(b).toMatchObject({ extensionPending: false, extended: true, resolveBy: later, originalResolveBy: original })
  })

  it("a viewer may not add a note; the leader's note joins the timeline without moving the state", async () => {
    const res = await transition('viewer', 'viewer note', { action: 'note', comment: '看看' })
    expect(res.status).toBe(403)
    await take('leader', { action: 'note', comment: '请加快进度' })
    expect(b.events.at(-1)).toMatchObject({
      action: 'note',
      comment: '请加快进度',
      fromStatus: 'in_progress',
      toStatus: 'in_progress',
    })
  })
})

describe('a recommendation not adopted', () => {
  let pair: Pair
  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  it('is recorded with its reason, after which nothing more can happen to it', async () => {
    const body = {
      title: '关于图们江出海的建议',
      body: '正文',
      chainIds: [2],
      basis: { visitIds: [], bottleneckIds: [], research: '课题' },
      submittedTo: 'party_committee',
    }
    let r = recommendationView.parse(
      (await as(pair, 'leader', 'create', c => c.post('/api/recommendations', body))).body,
    )
    const edited = await as(pair, 'leader', 'edit draft', c =>
      c.patch(`/api/recommendations/${r.id}`, { version: r.version, title: '关于借港出海的建议' }),
    )
    expect(edited.status).toBe(200)
    r = recommendationView.parse(edited.body)
    r = recommendationView.parse(
      (
        await as(pair, 'leader', 'submit', c =>
          c.post(`/api/recommendations/${r.id}/transitions`, { action: 'submit', version: r.version }),
        )
      ).body,
    )
    const refused = await as(pair, 'liaison', 'liaison refuses', c =>
      c.post(`/api/recommendations/${r.id}/transitions`, {
        action: 'not_adopted',
        version: r.version,
        reason: '条件不成熟',
      }),
    )
    expect(refused.status).toBe(403)
    const res = await as(pair, 'leader', 'not adopted', c =>
      c.post(`/api/recommendations/${r.id}/transitions`, {
        action: 'not_adopted',
        version: r.version,
        reason: '条件不成熟',
      }),
    )
    expect(res.status).toBe(200)
    r = recommendationView.parse(res.body)
    expect(r).toMatchObject({ status: 'not_adopted', notAdoptedOn: TODAY, notAdoptedReason: '条件不成熟' })
    const after = await as(pair, 'leader', 'too late', c =>
      c.post(`/api/recommendations/${r.id}/transitions`, { action: 'complete', version: r.version }),
    )
    expect(after.status).toBe(409)
    expect(errorOf(after).allowedActions).toEqual([])
  })
})

describe('issue 10: scope over every chain, references checked, keys per route and body — alike', () => {
  let pair: Pair
  beforeAll(async () => {
    pair = await freshPair()
  })
  afterAll(async () => pair.close())

  const draft = (chainIds: number[], basis: { visitIds?: number[]; bottleneckIds?: number[] } = {}) => ({
    title: '关于口岸通关便利化的建议',
    body: '建议设立绿色通道。',
    chainIds,
    basis: { visitIds: [], bottleneckIds: [], research: null, ...basis },
    submittedTo: 'government',
  })
  const ofChain = (chainId: number) => pair.world.enterprises.filter(e => e.chains.some(m => m.chainId === chainId))
  const outside = (chainId: number) => pair.world.enterprises.find(e => !e.chains.some(m => m.chainId === chainId))!

  it('a leader of chains 1 and 2 may neither create on [1, 3] nor widen a draft to [1, 3, 7] (403)', async () => {
    const created = await as(pair, 'leader', 'create on [1, 3]', c => c.post('/api/recommendations', draft([1, 3])))
    expect(created.status).toBe(403)
    expect(errorOf(created).code).toBe('forbidden')
    const own = recommendationView.parse(
      (await as(pair, 'leader', 'create on [1]', c => c.post('/api/recommendations', draft([1])))).body,
    )
    const widened = await as(pair, 'leader', 'widen', c =>
      c.patch(`/api/recommendations/${own.id}`, { version: own.version, chainIds: [1, 3, 7] }),
    )
    expect(widened.status).toBe(403)
  })

  it('unknown chains and basis records, and a basis of another chain, are 400 by path', async () => {
    const unknown = await as(pair, 'admin', 'unknown chain', c => c.post('/api/recommendations', draft([1, 999])))
    expect(unknown.status).toBe(400)
    expect(errorOf(unknown).fields).toEqual({ 'chainIds.1': 'unknown chain' })
    const foreign = pair.world.bottlenecks.find(b => b.chainId === 3)!
    const basis = await as(pair, 'leader', 'bad basis', c =>
      c.post('/api/recommendations', draft([1], { visitIds: [99_999_999], bottleneckIds: [foreign.id] })),
    )
    expect(basis.status).toBe(400)
    expect(errorOf(basis).fields).toEqual({
      'basis.visitIds.0': 'unknown visit',
      'basis.bottleneckIds.0': 'the bottleneck belongs to a chain not named here',
    })
  })

  it('a visit naming an enterprise outside its chain is 400 on enterpriseIds.1', async () => {
    const [first] = ofChain(1)
    const body = {
      type: 'visit',
      date: TODAY,
      chainId: 1,
      enterpriseIds: [first!.id, outside(1).id],
      participants: [],
      summary: '走访',
      outcomes: [],
      bottlenecks: [],
    }
    const res = await as(pair, 'liaison', 'enterprise of another chain', c => c.post('/api/visits', body))
    expect(res.status).toBe(400)
    expect(errorOf(res).fields).toEqual({ 'enterpriseIds.1': 'enterprise not in this chain' })
  })

  it("a bottleneck's enterprise changes by PATCH when it is of the chain, and is refused when it is not", async () => {
    const [first, second] = ofChain(2)
    const raised = await as(pair, 'leader', 'raise', c =>
      c.post('/api/bottlenecks', {
        chainId: 2,
        enterpriseId: first!.id,
        category: 'financing',
        title: '贷款审批慢',
        description: '',
      }),
    )
    const b = bottleneckView.parse(raised.body)
    const refused = await as(pair, 'leader', 'move outside', c =>
      c.patch(`/api/bottlenecks/${b.id}`, { version: b.version, enterpriseId: outside(2).id }),
    )
    expect(refused.status).toBe(400)
    const moved = await as(pair, 'leader', 'move', c =>
      c.patch(`/api/bottlenecks/${b.id}`, { version: b.version, enterpriseId: second!.id }),
    )
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({ enterpriseId: second!.id, county: second!.county })
  })

  it('one Idempotency-Key on two create routes creates on each; with another body on the same route it is 409 idempotency_key_reused', async () => {
    const headers = { 'idempotency-key': 'key-on-two-routes' }
    const [first] = ofChain(1)
    const visitBody = {
      type: 'visit',
      date: TODAY,
      chainId: 1,
      enterpriseIds: [first!.id],
      participants: [],
      summary: '走访',
      outcomes: [],
      bottlenecks: [],
    }
    expect((await as(pair, 'liaison', 'visit with key', c => c.post('/api/visits', visitBody, headers))).status).toBe(
      201,
    )
    const rec = await as(pair, 'liaison', 'recommendation with the same key', c =>
      c.post('/api/recommendations', draft([1]), headers),
    )
    expect(rec.status).toBe(201)
    expect(recommendationView.parse(rec.body).status).toBe('draft')
    const reused = await as(pair, 'liaison', 'another body', c =>
      c.post('/api/recommendations', { ...draft([1]), title: '另一条' }, headers),
    )
    expect(reused.status).toBe(409)
    expect(errorOf(reused).code).toBe('idempotency_key_reused')
    const replay = await as(pair, 'liaison', 'same body again', c =>
      c.post('/api/recommendations', draft([1]), headers),
    )
    expect(replay.body).toEqual(rec.body)
  })
})
