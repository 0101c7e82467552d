// @vitest-environment node
/**
 * The first-run set-up and retiring (issue 11 §3) on both implementations over the same world and
 * pinned clock: the set-up status and template, creating a chain, retiring and reinstating chains
 * and segments, linking the lead agency to a department, and what a retired chain refuses. Every
 * step goes to the mock and to the live app and both must answer alike.
 */
import { describe, expect, it } from 'vitest'
import {
  adminChain,
  apiErrorBody,
  auditList,
  setupStatus,
  setupTemplate,
  type AdminChain,
  type Chain,
  type SetupTemplate,
} from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { pairForFile } from './pair'
import type { ApiResult, ApiTarget } from './targets'

const TODAY = CONTRACT_CLOCK.today
const file = pairForFile()
const as = file.as
const errorOf = (res: ApiResult) => apiErrorBody.parse(res.body).error
const names = (zh: string) => ({ zh, ko: `${zh}(ko)`, en: `${zh} (en)` })

async function auditActions(target: ApiTarget, id: number): Promise<unknown[]> {
  const res = await (await target.as('admin')).get(`/api/audit?entityType=chain&entityId=${id}`)
  return auditList
    .parse(res.body)
    .items.map(e => ({ action: e.action, actorName: e.actorName, before: e.before, after: e.after }))
}

describe('set-up status and template', () => {
  it('a non-admin is refused with 403', async () => {
    for (const [what, step] of [
      ['setup', (c: Parameters<Parameters<typeof as>[2]>[0]) => c.get('/api/admin/setup')],
      ['template', (c: Parameters<Parameters<typeof as>[2]>[0]) => c.get('/api/admin/setup/template')],
      ['create chain', (c: Parameters<Parameters<typeof as>[2]>[0]) => c.post('/api/admin/chains', { nonsense: true })],
      [
        'retire chain',
        (c: Parameters<Parameters<typeof as>[2]>[0]) =>
          c.post('/api/admin/chains/1/retirement', { version: 1, retired: true }),
      ],
    ] as const) {
      const res = await as('leader', what, step)
      expect(res.status, what).toBe(403)
    }
  })

  it("the status lists the demo world's invented leader names as placeholders and its office-only leaders as missing, alike", async () => {
    const res = await as('admin', 'setup', c => c.get('/api/admin/setup'))
    expect(res.status).toBe(200)
    const status = setupStatus.parse(res.body)
    expect(status).toMatchObject({ chainsInUse: 7, chainsRetired: 0, departments: file.pair.world.departments.length })
    const cppcc = status.leaders.filter(l => l.leader === 'cppcc')
    expect(cppcc.length).toBeGreaterThan(0)
    expect(cppcc.every(l => l.issue === 'placeholder')).toBe(true)
    // The demo names each government chain leader (a vice-governor) by office alone: a name to enter.
    expect(status.leaders.filter(l => l.leader !== 'cppcc').map(l => l.issue)).toEqual(Array(7).fill('missing'))
  })

  it('the template is the same on both sides and names no one', async () => {
    const res = await as('admin', 'template', c => c.get('/api/admin/setup/template'))
    expect(res.status).toBe(200)
    const template: SetupTemplate = setupTemplate.parse(res.body)
    expect(template.chains).toHaveLength(7)
    expect(template.chains.flatMap(c => [...c.cppccLeaders, c.govCoLeader]).every(l => l.name === '')).toBe(true)
  })
})

describe('creating and retiring chains', () => {
  let chain: AdminChain

  it('a bad chain is 400 naming each field; a taken code and an unknown department on theirs', async () => {
    const bad = await as('admin', 'bad chain', c =>
      c.post('/api/admin/chains', {
        code: '',
        name: { zh: '链' },
        cppccLeaders: [],
        govCoLeader: { name: '', title: names('副州长') },
        leadDepartmentId: 1,
        segments: [],
      }),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(
      expect.arrayContaining(['code', 'name.ko', 'name.en', 'cppccLeaders', 'segments']),
    )
    const taken = await as('admin', 'taken code', c =>
      c.post('/api/admin/chains', {
        code: 'tourism',
        name: names('旅游'),
        cppccLeaders: [{ name: '', title: names('副主席') }],
        govCoLeader: { name: '', title: names('副州长') },
        leadDepartmentId: 999,
        segments: [{ tier: 'upstream', name: names('景区') }],
      }),
    )
    expect(taken.status).toBe(400)
    expect(errorOf(taken).fields).toEqual({ code: 'this code is taken', leadDepartmentId: 'no department 999' })
  })

  it('the admin creates a chain from the template (version 1, after the others); the reference read shows it alike', async () => {
    const template = setupTemplate.parse((await as('admin', 'template', c => c.get('/api/admin/setup/template'))).body)
    const { leadDepartmentCode: _code, leadUnit: _unit, ...seed } = template.chains[0]!
    const res = await as('admin', 'create chain', c =>
      c.post('/api/admin/chains', {
        ...seed,
        code: 'night_markets',
        leadDepartmentId: 3,
        targets: [{ year: 2026, visits: 10, bottlenecksResolved: 2, ordersWonCny: 1_000_000 }],
      }),
    )
    expect(res.status).toBe(201)
    chain = adminChain.parse(res.body)
    const lead = file.pair.world.departments.find(d => d.id === 3)!
    expect(chain).toMatchObject({
      id: 8,
      code: 'night_markets',
      version: 1,
      leadDepartmentId: 3,
      leadUnit: lead.name,
      enterpriseCount: 0,
    })
    const segmentIds = file.pair.world.chains.flatMap(c => c.segments.map(s => s.id))
    expect(chain.segments[0]!.id).toBe(Math.max(...segmentIds) + 1)
    const read = await as('viewer', 'chains', c => c.get('/api/chains'))
    expect((read.body as Chain[]).at(-1)).toMatchObject({ id: 8, code: 'night_markets' })
    const status = await as('admin', 'setup', c => c.get('/api/admin/setup'))
    expect(setupStatus.parse(status.body).chainsInUse).toBe(8)
  })

  it('a department renamed renames the lead agency of the chains linked to it, alike', async () => {
    const renamed = await as('admin', 'rename department', c =>
      c.patch('/api/admin/departments/3', { version: 1, name: names('州商务局新') }),
    )
    expect(renamed.status).toBe(200)
    const read = await as('viewer', 'chain 8', c => c.get('/api/chains/8'))
    expect((read.body as Chain).leadUnit).toEqual(names('州商务局新'))
    // Unlinking keeps the names given; linking chain 1 takes the department's.
    const unlinked = await as('admin', 'unlink', c =>
      c.patch('/api/admin/chains/8', { version: 1, leadDepartmentId: null, leadUnit: names('专班') }),
    )
    expect(unlinked.status).toBe(200)
    expect(unlinked.body).toMatchObject({ leadUnit: names('专班'), version: 2 })
    expect((unlinked.body as Chain).leadDepartmentId).toBeUndefined()
    const linked = await as('admin', 'link', c => c.patch('/api/admin/chains/8', { version: 2, leadDepartmentId: 3 }))
    expect(linked.body).toMatchObject({ leadUnit: names('州商务局新'), leadDepartmentId: 3, version: 3 })
    const unknown = await as('admin', 'link unknown', c =>
      c.patch('/api/admin/chains/8', { version: 3, leadDepartmentId: 999 }),
    )
    expect(errorOf(unknown).fields).toEqual({ leadDepartmentId: 'no department 999' })
    chain = adminChain.parse(linked.body)
  })

  it('retiring a chain keeps it readable, marked; a stale retirement is 409; new records cannot name it', async () => {
    const stale = await as('admin', 'stale retire', c =>
      c.post('/api/admin/chains/8/retirement', { version: 1, retired: true }),
    )
    expect(stale.status).toBe(409)
    expect(errorOf(stale).current).toEqual(chain)
    const res = await as('admin', 'retire', c =>
      c.post('/api/admin/chains/8/retirement', { version: chain.version, retired: true }),
    )
    expect(res.status).toBe(200)
    chain = adminChain.parse(res.body)
    expect(chain).toMatchObject({ retiredOn: TODAY, version: 4 })
    const again = await as('admin', 'retire again', c =>
      c.post('/api/admin/chains/8/retirement', { version: chain.version, retired: true }),
    )
    expect(errorOf(again).fields).toEqual({ retired: 'the chain is already retired' })
    const read = await as('viewer', 'retired chain', c => c.get('/api/chains/8'))
    expect(read.body).toMatchObject({ id: 8, retiredOn: TODAY })
    expect(setupStatus.parse((await as('admin', 'setup', c => c.get('/api/admin/setup'))).body)).toMatchObject({
      chainsInUse: 7,
      chainsRetired: 1,
    })
    const enterprise = file.pair.world.enterprises[0]!
    const visit = await as('admin', 'visit on retired', c =>
      c.post(
        '/api/visits',
        {
          type: 'visit',
          date: TODAY,
          chainId: 8,
          enterpriseIds: [enterprise.id],
          participants: [],
          summary: '走访',
          outcomes: [],
        },
        { 'idempotency-key': 'setup-retired-visit' },
      ),
    )
    expect(visit.status).toBe(400)
    expect(Object.keys(errorOf(visit).fields ?? {})).toContain('chainId')
    // An edit keeps its own chain but moves to no retired one.
    const stored = file.pair.world.visits.find(v => v.chainId === 1)!
    const moved = await as('admin', 'visit moved to retired', c =>
      c.patch(`/api/visits/${stored.id}`, { version: stored.version, chainId: 8 }),
    )
    expect(moved.status).toBe(400)
    expect(errorOf(moved).fields).toEqual({ chainId: 'unknown chain' })
    // Nor does a new account's scope or a new membership; an enterprise keeps what it had.
    const user = await as('admin', 'user on retired', c =>
      c.post('/api/admin/users', {
        username: 'retired.scope',
        displayName: '测试',
        role: 'leader',
        chainIds: [1, 8],
        departmentId: null,
        password: 'a-long-password-1',
      }),
    )
    expect(user.status).toBe(400)
    expect(errorOf(user).fields).toEqual({ 'chainIds.1': 'chain 8 is retired: it takes no new members' })
    const current = (await as('admin', 'enterprise', c => c.get(`/api/admin/enterprises/${enterprise.id}`))).body as {
      version: number
      chains: { chainId: number; segmentId: number }[]
    }
    const joined = await as('admin', 'membership on retired', c =>
      c.patch(`/api/admin/enterprises/${enterprise.id}`, {
        version: current.version,
        chains: [...current.chains, { chainId: 8, segmentId: chain.segments[0]!.id }],
      }),
    )
    expect(joined.status).toBe(400)
    expect(errorOf(joined).fields).toEqual({
      [`chains.${current.chains.length}.chainId`]: 'chain 8 is retired: it takes no new members',
    })
  })

  it("segments retire and come back with the chain's version; a chain keeps one in use; unknown ones are 404", async () => {
    const [first, second] = chain.segments
    const missing = await as('admin', 'unknown segment', c =>
      c.post(`/api/admin/chains/8/segments/1/retirement`, { version: chain.version, retired: true }),
    )
    expect(missing.status).toBe(404)
    const badBody = await as('admin', 'bad retirement', c =>
      c.post(`/api/admin/chains/8/segments/${first!.id}/retirement`, { version: chain.version }),
    )
    expect(badBody.status).toBe(400)
    expect(Object.keys(errorOf(badBody).fields ?? {})).toEqual(['retired'])
    let res = await as('admin', 'retire segment', c =>
      c.post(`/api/admin/chains/8/segments/${second!.id}/retirement`, { version: chain.version, retired: true }),
    )
    expect(res.status).toBe(200)
    chain = adminChain.parse(res.body)
    expect(chain.segments[1]).toMatchObject({ id: second!.id, retiredOn: TODAY })
    for (const s of chain.segments.slice(2)) {
      res = await as('admin', `retire segment ${s.id}`, c =>
        c.post(`/api/admin/chains/8/segments/${s.id}/retirement`, { version: chain.version, retired: true }),
      )
      chain = adminChain.parse(res.body)
    }
    const last = await as('admin', 'retire last segment', c =>
      c.post(`/api/admin/chains/8/segments/${first!.id}/retirement`, { version: chain.version, retired: true }),
    )
    expect(errorOf(last).fields).toEqual({ retired: 'a chain needs at least one segment in use' })
    // A PATCH keeps a retired segment retired.
    const patched = await as('admin', 'rename retired', c =>
      c.patch('/api/admin/chains/8', {
        version: chain.version,
        segments: chain.segments.map(s => ({
          id: s.id,
          tier: s.tier,
          name: s.id === second!.id ? names('夜市') : s.name,
        })),
      }),
    )
    expect(patched.status).toBe(200)
    expect((patched.body as Chain).segments[1]).toMatchObject({ name: names('夜市'), retiredOn: TODAY })
    chain = adminChain.parse(patched.body)
    res = await as('admin', 'segment back', c =>
      c.post(`/api/admin/chains/8/segments/${second!.id}/retirement`, { version: chain.version, retired: false }),
    )
    chain = adminChain.parse(res.body)
    expect(chain.segments[1]!.retiredOn).toBeUndefined()
    res = await as('admin', 'chain back', c =>
      c.post('/api/admin/chains/8/retirement', { version: chain.version, retired: false }),
    )
    expect(res.status).toBe(200)
    expect((res.body as Chain).retiredOn).toBeUndefined()
  })

  it('every chain write left an audit entry, alike', async () => {
    const [m, l] = await Promise.all([auditActions(file.pair.mock, 8), auditActions(file.pair.live, 8)])
    expect(l).toEqual(m)
    expect((m as { action: string }[]).map(e => e.action).slice(0, 3)).toEqual([
      'reinstate',
      'reinstate_segment',
      'update',
    ])
    expect((m as { action: string }[]).at(-1)!.action).toBe('create')
  })

  it('signed-in answers carry no "not set up" mark while chains are in use', async () => {
    const me = await as('viewer', 'me', c => c.get('/api/auth/me'))
    expect((me.body as { notSetUp?: true }).notSetUp).toBeUndefined()
  })
})
