// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  BOTTLENECK_STATES,
  bottleneckDetail,
  chain,
  county,
  department,
  enterprise,
  isValidCreditCode,
  nextBottleneckState,
  nextRecommendationState,
  OPEN_BOTTLENECK_STATES,
  RECOMMENDATION_STATES,
  recommendationDetail,
  user,
  visit,
  type BottleneckState,
  type RecommendationState,
} from '#contract'
import { generateBenchBatches } from '../../mock/benchWorld'
import { generateWorld } from '../../mock/generate'
import { recommendationActions } from '#contract'

const ANCHOR = '2026-11-26'
const world = generateWorld({ seed: 1, anchorDate: ANCHOR })

describe('demo world generator', () => {
  it('is deterministic for the same seed and anchor date', () => {
    expect(generateWorld({ seed: 1, anchorDate: ANCHOR })).toEqual(world)
  })

  it('differs for another seed', () => {
    const other = generateWorld({ seed: 2, anchorDate: ANCHOR })
    expect(other.visits).not.toEqual(world.visits)
    expect(other.enterprises).not.toEqual(world.enterprises)
  })

  // DOMAIN.md's scale (issue 11): ~300 visits a year, ~250 problems raised a year, over 24 months;
  // tests/unit/demoWorldCoherence.test.ts checks the yearly figures.
  it('has the sizes of the brief', () => {
    expect(world.chains).toHaveLength(7)
    expect(world.counties).toHaveLength(8)
    expect(world.departments.length).toBeGreaterThanOrEqual(11)
    expect(world.enterprises.length).toBeGreaterThanOrEqual(160)
    expect(world.enterprises.length).toBeLessThanOrEqual(200)
    expect(world.visits.length).toBeGreaterThanOrEqual(560)
    expect(world.visits.length).toBeLessThanOrEqual(700)
    expect(world.bottlenecks.length).toBeGreaterThanOrEqual(440)
    expect(world.bottlenecks.length).toBeLessThanOrEqual(640)
    expect(world.recommendations.length).toBeGreaterThanOrEqual(50)
    expect(world.recommendations.length).toBeLessThanOrEqual(70)
    expect(world.users.map(u => u.username)).toEqual(
      expect.arrayContaining(['admin', 'leader', 'liaison', 'department', 'viewer']),
    )
  })

  it('leaves the demo department account work to acknowledge and to resolve, whatever the anchor date', () => {
    for (const anchorDate of ['2026-06-30', '2026-11-26', '2027-03-15', '2028-01-10']) {
      const w = generateWorld({ seed: 1, anchorDate })
      const deptId = w.users.find(u => u.username === 'department')!.departmentId
      const mine = w.bottlenecks.filter(b => b.leadDepartmentId === deptId)
      expect(
        mine.filter(b => b.status === 'assigned').length + mine.filter(b => b.status === 'in_progress').length,
        anchorDate,
      ).toBeGreaterThanOrEqual(2)
    }
  })

  it('mixes visit types: mostly one-on-one visits, a forum for every ten or so, some research and online', () => {
    const share = (t: string) => world.visits.filter(v => v.type === t).length / world.visits.length
    expect(share('visit')).toBeGreaterThan(0.65)
    expect(share('visit')).toBeLessThan(0.85)
    expect(share('forum')).toBeGreaterThan(0.04)
    expect(share('forum')).toBeLessThan(0.12)
    expect(share('research')).toBeGreaterThan(0.03)
    expect(share('online')).toBeGreaterThan(0.03)
  })

  it('parses every entity with its contract schema', () => {
    for (const c of world.chains) chain.parse(c)
    for (const c of world.counties) county.parse(c)
    for (const d of world.departments) department.parse(d)
    for (const u of world.users) user.parse(u)
    for (const e of world.enterprises) enterprise.parse(e)
    for (const v of world.visits) visit.parse(v)
    for (const b of world.bottlenecks) bottleneckDetail.parse(b)
    for (const r of world.recommendations) recommendationDetail.parse(r)
  })

  it('uses the exact chain and county names of DOMAIN.md', () => {
    expect(world.chains[0]!.name).toEqual({
      zh: '图们江区域国际旅游合作',
      ko: '두만강지역 국제관광합작',
      en: 'Tumen River Regional International Tourism Cooperation',
    })
    expect(world.chains[0]!.tags.map(t => t.name.zh)).toContain('夜间经济')
    expect(world.counties.find(c => c.code === 'longjing')!.name).toEqual({
      zh: '龙井市',
      ko: '룡정시',
      en: 'Longjing',
    })
    expect(world.departments.filter(d => d.verticallyManaged).map(d => d.name.zh)).toEqual(
      expect.arrayContaining(['延吉海关', '珲春海关']),
    )
  })

  it('gives each chain 4–7 segments over all three tiers and targets for every year', () => {
    for (const c of world.chains) {
      expect(c.segments.length).toBeGreaterThanOrEqual(4)
      expect(c.segments.length).toBeLessThanOrEqual(7)
      expect(new Set(c.segments.map(s => s.tier)).size).toBe(3)
      expect(c.targets.map(t => t.year)).toEqual([2024, 2025, 2026])
      expect(c.enterpriseCount).toBe(world.enterprises.filter(e => e.chains.some(m => m.chainId === c.id)).length)
    }
  })

  it('gives enterprises valid, unique credit codes and segments of their own chains', () => {
    const codes = world.enterprises.map(e => e.creditCode)
    expect(codes.every(isValidCreditCode)).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
    for (const e of world.enterprises) {
      for (const m of e.chains) expect(world.chains[m.chainId - 1]!.segments.map(s => s.id)).toContain(m.segmentId)
    }
  })

  it("only brings a chain's member enterprises to its visits", () => {
    const members = new Map(
      world.chains.map(c => [
        c.id,
        new Set(world.enterprises.filter(e => e.chains.some(m => m.chainId === c.id)).map(e => e.id)),
      ]),
    )
    for (const v of world.visits) for (const id of v.enterpriseIds) expect(members.get(v.chainId)!.has(id)).toBe(true)
  })

  it('keeps visits and bottlenecks pointing at each other', () => {
    const byId = new Map(world.bottlenecks.map(b => [b.id, b]))
    for (const v of world.visits) {
      for (const id of v.bottleneckIds) {
        expect(byId.get(id)!.visitId).toBe(v.id)
        expect(v.enterpriseIds).toContain(byId.get(id)!.enterpriseId)
      }
    }
    for (const b of world.bottlenecks.filter(x => x.visitId !== null))
      expect(world.visits[b.visitId! - 1]!.bottleneckIds).toContain(b.id)
    expect(world.bottlenecks.some(b => b.visitId === null)).toBe(true)
  })

  it('dates nothing after the anchor date', () => {
    const dates = [
      ...world.visits.flatMap(v => [v.date, v.recordedAt.slice(0, 10)]),
      ...world.bottlenecks.flatMap(b => b.events.map(e => e.at.slice(0, 10))),
      ...world.recommendations.flatMap(r => [
        r.createdOn,
        r.statusSince,
        ...r.instructions.map(i => i.date),
        ...r.forwards.map(f => f.date),
        ...r.feedback.map(f => f.date),
      ]),
    ]
    expect(dates.every(d => d <= ANCHOR)).toBe(true)
    expect(dates.every(d => d >= '2024-11-27')).toBe(true)
  })

  it("replays every bottleneck timeline legally from raise to the record's status", () => {
    for (const b of world.bottlenecks) {
      let state: BottleneckState | null = null
      let pending = false
      for (const e of b.events) {
        const next: BottleneckState | null =
          state === null
            ? e.action === 'raise'
              ? 'submitted'
              : null
            : nextBottleneckState(state, e.action as never, pending)
        expect(next, `${b.code} ${e.action} from ${state}`).not.toBeNull()
        expect(e.fromStatus).toBe(state)
        expect(e.toStatus).toBe(next)
        if (e.action === 'request_extension') pending = true
        if (e.action === 'grant_extension' || e.action === 'deny_extension') pending = false
        state = next
      }
      expect(state).toBe(b.status)
      expect(b.extensionPending).toBe(pending)
      const times = b.events.map(e => e.at)
      expect([...times].sort()).toEqual(times)
    }
  })

  it('derives the record fields from the timeline', () => {
    for (const b of world.bottlenecks) {
      const assigns = b.events.filter(e => e.action === 'assign')
      const last = assigns[assigns.length - 1]
      expect(b.assignedOn).toBe(last ? last.at.slice(0, 10) : null)
      expect(b.leadDepartmentId).toBe(last ? last.data.leadDepartmentId : null)
      expect(b.originalResolveBy).toBe(last ? last.data.resolveBy : null)
      expect(b.extended).toBe(b.resolveBy !== b.originalResolveBy)
      expect(b.reopenCount).toBe(b.events.filter(e => e.action === 'reopen' || e.action === 'rate_dissatisfied').length)
      expect(b.raisedOn).toBe(b.events[0]!.at.slice(0, 10))
      expect(b.county).toBe(world.enterprises[b.enterpriseId - 1]!.county)
      if (b.leadDepartmentId !== null)
        expect(b.coordination).toBe(world.departments.find(d => d.id === b.leadDepartmentId)!.verticallyManaged)
      expect(b.resolvedOn !== null).toBe(b.status === 'resolved' || b.status === 'closed')
      expect(b.closedOn !== null).toBe(b.status === 'closed')
    }
  })

  it('has the right people act on bottlenecks', () => {
    const users = new Map(world.users.map(u => [u.id, u]))
    for (const b of world.bottlenecks) {
      for (const e of b.events) {
        const actor = users.get(e.actorId)!
        expect(actor.displayName).toBe(e.actorName)
        if (
          [
            'accept',
            'reject',
            'assign',
            'grant_extension',
            'deny_extension',
            'settle',
            'return',
            'close_unrated',
            'reopen',
          ].includes(e.action)
        )
          expect(actor.role).toBe('leader')
        if (['acknowledge', 'dispute', 'request_extension', 'resolve'].includes(e.action))
          expect(actor.role).toBe('department')
        if (e.action.startsWith('rate_')) expect(['leader', 'liaison']).toContain(actor.role)
        if (actor.role === 'leader' || actor.role === 'liaison') expect(actor.chainIds).toContain(b.chainId)
      }
      const ack = b.events.filter(e => e.action === 'acknowledge').at(-1)
      if (ack && b.leadDepartmentId !== null && b.acknowledgedOn)
        expect(users.get(ack.actorId)!.departmentId).toBe(b.leadDepartmentId)
    }
  })

  it('reaches every bottleneck state, with overdue, extended, reopened and every warning colour', () => {
    const states = new Set(world.bottlenecks.map(b => b.status))
    for (const s of BOTTLENECK_STATES) expect(states, s).toContain(s)
    const warnings = new Set(world.bottlenecks.map(b => b.warning))
    expect([...warnings].sort()).toEqual(['blue', 'none', 'red', 'yellow'])
    expect(
      world.bottlenecks.some(
        b => OPEN_BOTTLENECK_STATES.includes(b.status) && b.resolveBy !== null && b.resolveBy < ANCHOR,
      ),
    ).toBe(true)
    expect(world.bottlenecks.some(b => b.extended)).toBe(true)
    expect(world.bottlenecks.some(b => b.reopenCount >= 1)).toBe(true)
  })

  it('closes most old bottlenecks while recent ones are mostly open', () => {
    const old = world.bottlenecks.filter(b => b.raisedOn < '2026-01-01')
    const recent = world.bottlenecks.filter(b => b.raisedOn >= '2026-11-12')
    expect(old.filter(b => b.status === 'closed' || b.status === 'rejected').length / old.length).toBeGreaterThan(0.9)
    expect(recent.filter(b => OPEN_BOTTLENECK_STATES.includes(b.status)).length / recent.length).toBeGreaterThan(0.5)
  })

  it('gives the demo department user open assignments', () => {
    const dept = world.users.find(u => u.username === 'department')!
    expect(
      world.bottlenecks.some(
        b => b.leadDepartmentId === dept.departmentId && ['assigned', 'in_progress', 'escalated'].includes(b.status),
      ),
    ).toBe(true)
  })

  it('replays every recommendation legally and reaches every status', () => {
    for (const r of world.recommendations) {
      let state: RecommendationState | null = null
      for (const { action } of recommendationActions(r)) {
        const next: RecommendationState | null =
          state === null ? (action === 'create' ? 'draft' : null) : nextRecommendationState(state, action)
        expect(next, `${r.code} ${action} from ${state}`).not.toBeNull()
        state = next
      }
      expect(state).toBe(r.status)
    }
    const statuses = new Set(world.recommendations.map(r => r.status))
    for (const s of RECOMMENDATION_STATES) expect(statuses, s).toContain(s)
    expect(world.recommendations.some(r => r.instructions.length >= 2)).toBe(true)
  })

  it('bases recommendations on earlier visits and bottlenecks of their chains', () => {
    for (const r of world.recommendations) {
      for (const id of r.basis.visitIds) {
        const v = world.visits[id - 1]!
        expect(r.chainIds).toContain(v.chainId)
        expect(v.date <= r.createdOn).toBe(true)
      }
      for (const id of r.basis.bottleneckIds) expect(r.chainIds).toContain(world.bottlenecks[id - 1]!.chainId)
    }
  })

  it('shows rising activity with a Spring Festival dip', () => {
    const inMonth = (m: string) => world.visits.filter(v => v.date.startsWith(m)).length
    expect(inMonth('2026-10')).toBeGreaterThan(inMonth('2025-04'))
    expect(inMonth('2026-02')).toBeLessThan(inMonth('2026-03') / 2)
  })

  it('generates the demo world quickly', () => {
    const t = performance.now()
    generateWorld({ seed: 3, anchorDate: ANCHOR })
    // The brief asks for < 300 ms in the browser; allow for a loaded test machine here.
    expect(performance.now() - t).toBeLessThan(1500)
  })
})

describe('benchmark batches', () => {
  const opts = { seed: 7, anchorDate: ANCHOR, enterprises: 300, visits: 4000, bottlenecks: 1000, batchSize: 250 }
  const batches = [...generateBenchBatches(opts)]
  const enterprises = batches.flatMap(b => (b.kind === 'enterprises' ? b.rows : []))
  const visits = batches.flatMap(b => (b.kind === 'visits' ? b.rows : []))
  const bottlenecks = batches.flatMap(b => (b.kind === 'bottlenecks' ? b.rows : []))

  it('streams the requested sizes in batches, enterprises first, then visits, then bottlenecks', () => {
    expect(batches.map(b => b.kind)).toEqual(
      [...batches.map(b => b.kind)].sort(
        (a, b) =>
          ['enterprises', 'visits', 'bottlenecks'].indexOf(a) - ['enterprises', 'visits', 'bottlenecks'].indexOf(b),
      ),
    )
    expect(batches.every(b => b.rows.length <= 250)).toBe(true)
    expect([enterprises.length, visits.length, bottlenecks.length]).toEqual([300, 4000, 1000])
    expect(enterprises.map(e => e.id)).toEqual(enterprises.map((_, i) => i + 1))
    expect(visits.map(v => v.id)).toEqual(visits.map((_, i) => i + 1))
    expect(bottlenecks.map(b => b.id)).toEqual(bottlenecks.map((_, i) => i + 1))
  })

  it('is deterministic', () => {
    const again = [...generateBenchBatches(opts)]
    expect(again.at(-1)).toEqual(batches.at(-1))
  })

  it('produces valid, mutually consistent rows', () => {
    for (const e of enterprises.slice(0, 50)) enterprise.parse(e)
    for (const v of visits.slice(0, 200)) visit.parse(v)
    for (const b of bottlenecks.slice(0, 200)) bottleneckDetail.parse(b)
    expect(new Set(enterprises.map(e => e.creditCode)).size).toBe(300)
    for (const v of visits) {
      for (const id of v.enterpriseIds)
        expect(enterprises[id - 1]!.chains.some(m => m.chainId === v.chainId)).toBe(true)
      for (const id of v.bottleneckIds) expect(bottlenecks[id - 1]!.visitId).toBe(v.id)
    }
    for (const b of bottlenecks) {
      if (b.visitId !== null) expect(visits[b.visitId - 1]!.bottleneckIds).toContain(b.id)
      expect(b.county).toBe(enterprises[b.enterpriseId - 1]!.county)
      expect(b.events.at(-1)!.toStatus).toBe(b.status)
      expect(b.events.every(e => e.at.slice(0, 10) <= ANCHOR)).toBe(true)
    }
    expect(bottlenecks.filter(b => b.visitId !== null).length).toBe(750)
  })
})
