import { describe, expect, it } from 'vitest'
import {
  computeKpis,
  median,
  type Bottleneck,
  type Enterprise,
  type KpiInput,
  type Recommendation,
  type Visit,
} from '#contract'

// A hand-made world, small enough to work every KPI out on paper. Period: March 2026, judged on 31 March.
const MARCH = { from: '2026-03-01', to: '2026-03-31' }
const AS_OF = '2026-03-31'

function ent(id: number, county: Enterprise['county'], chainIds: number[]): Enterprise {
  return {
    id,
    creditCode: '91350100M000100Y43',
    name: { zh: `企业${id}`, ko: `기업${id}`, en: `E${id}` },
    county,
    chains: chainIds.map(c => ({ chainId: c, segmentId: c })),
    anchor: false,
    aboveScale: false,
    contact: { name: '', phone: '' },
    liaisonId: null,
  }
}
function vis(
  id: number,
  date: string,
  chainId: number,
  type: Visit['type'],
  enterpriseIds: number[],
  outcomes: Visit['outcomes'] = [],
): Visit {
  return {
    id,
    code: `V${id}`,
    type,
    date,
    chainId,
    enterpriseIds,
    participants: [],
    summary: '',
    outcomes,
    bottleneckIds: [],
    recordedBy: 1,
    recordedAt: `${date}T10:00:00+08:00`,
    version: 1,
  }
}
function bn(id: number, over: Partial<Bottleneck>): Bottleneck {
  return {
    id,
    code: `B${id}`,
    chainId: 1,
    enterpriseId: 1,
    county: 'yanji',
    visitId: null,
    category: 'financing',
    title: '',
    description: '',
    status: 'submitted',
    leadDepartmentId: null,
    coDepartmentIds: [],
    assignedVia: null,
    coordination: false,
    raisedAt: '2026-03-01T09:00:00+08:00',
    raisedOn: '2026-03-01',
    assignedOn: null,
    acknowledgeBy: null,
    acknowledgedOn: null,
    resolveBy: null,
    originalResolveBy: null,
    extensionPending: false,
    extended: false,
    resolvedOn: null,
    closedOn: null,
    resolutionType: null,
    satisfaction: null,
    reopenCount: 0,
    warning: 'none',
    version: 1,
    ...over,
  }
}
/** A rating event on the day (events carry China time). */
const rating = (action: string, on: string) => ({ action, at: `${on}T10:00:00+08:00` })

function rec(id: number, chainIds: number[], over: Partial<Recommendation>): Recommendation {
  return {
    id,
    code: `R${id}`,
    title: '',
    body: '',
    chainIds,
    basis: { visitIds: [], bottleneckIds: [], research: null },
    submittedTo: 'government',
    status: 'submitted',
    createdBy: 1,
    createdOn: '2026-02-01',
    submittedOn: null,
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince: '2026-02-01',
    version: 1,
    ...over,
  }
}

const input: KpiInput = {
  // Chain 1: E1 (Yanji), E2 (Tumen), E3 (Yanji, also chain 2), E5 (Longjing, never visited). Chain 2: E3, E4 (Hunchun).
  enterprises: [
    ent(1, 'yanji', [1]),
    ent(2, 'tumen', [1]),
    ent(3, 'yanji', [1, 2]),
    ent(4, 'hunchun', [2]),
    ent(5, 'longjing', [1]),
  ],
  visits: [
    vis(
      1,
      '2026-03-05',
      1,
      'visit',
      [1],
      [{ id: 1, type: 'order', enterpriseId: 1, amountCny: 1_000_000, description: '' }],
    ),
    vis(
      2,
      '2026-03-10',
      1,
      'forum',
      [1, 2, 3],
      [
        { id: 2, type: 'order', enterpriseId: 2, amountCny: 500_000, description: '' },
        { id: 3, type: 'market', enterpriseId: 3, amountCny: null, description: '' },
      ],
    ),
    vis(3, '2026-02-20', 1, 'visit', [2]),
    vis(
      4,
      '2026-03-15',
      2,
      'visit',
      [4],
      [{ id: 4, type: 'order', enterpriseId: 4, amountCny: 2_000_000, description: '' }],
    ),
  ],
  bottlenecks: [
    // B1: solved on time, acknowledged in time, rated satisfied.
    {
      ...bn(1, {
        raisedOn: '2026-03-02',
        status: 'closed',
        assignedOn: '2026-03-02',
        acknowledgeBy: '2026-03-04',
        acknowledgedOn: '2026-03-03',
        resolveBy: '2026-03-11',
        originalResolveBy: '2026-03-11',
        resolvedOn: '2026-03-09',
        closedOn: '2026-03-12',
        resolutionType: 'solved',
        satisfaction: 'satisfied',
      }),
      events: [rating('rate_satisfied', '2026-03-13')],
    },
    // B2: planned, on time only thanks to an extension (12th → 20th), acknowledged late, reopened once, basically satisfied.
    {
      ...bn(2, {
        raisedOn: '2026-03-03',
        status: 'closed',
        assignedOn: '2026-03-03',
        acknowledgeBy: '2026-03-05',
        acknowledgedOn: '2026-03-06',
        resolveBy: '2026-03-20',
        originalResolveBy: '2026-03-12',
        extended: true,
        resolvedOn: '2026-03-20',
        closedOn: '2026-03-25',
        resolutionType: 'planned',
        satisfaction: 'basically_satisfied',
        reopenCount: 1,
      }),
      events: [rating('rate_dissatisfied', '2026-03-21'), rating('rate_basically_satisfied', '2026-03-26')],
    },
    // B3: in progress and overdue (deadline 16th), in Tumen.
    bn(3, {
      raisedOn: '2026-03-05',
      county: 'tumen',
      status: 'in_progress',
      assignedOn: '2026-03-05',
      acknowledgeBy: '2026-03-09',
      acknowledgedOn: '2026-03-09',
      resolveBy: '2026-03-16',
      originalResolveBy: '2026-03-16',
    }),
    // B4: explained, resolved late (24th after a 19th deadline), not yet rated.
    bn(4, {
      raisedOn: '2026-03-10',
      status: 'resolved',
      assignedOn: '2026-03-10',
      acknowledgeBy: '2026-03-12',
      acknowledgedOn: '2026-03-11',
      resolveBy: '2026-03-19',
      originalResolveBy: '2026-03-19',
      resolvedOn: '2026-03-24',
      resolutionType: 'explained',
    }),
    // B5: rejected; B6: still submitted (open, no deadline).
    bn(5, { raisedOn: '2026-03-12', county: 'tumen', status: 'rejected' }),
    bn(6, { raisedOn: '2026-03-25', status: 'submitted' }),
    // B7: raised in February, due 2 March, resolved late on 4 March (22 days after raising).
    {
      ...bn(7, {
        raisedOn: '2026-02-10',
        county: 'tumen',
        status: 'closed',
        assignedOn: '2026-02-20',
        acknowledgeBy: '2026-02-24',
        acknowledgedOn: '2026-02-24',
        resolveBy: '2026-03-02',
        originalResolveBy: '2026-03-02',
        resolvedOn: '2026-03-04',
        closedOn: '2026-03-06',
        resolutionType: 'solved',
        satisfaction: 'satisfied',
      }),
      events: [rating('rate_satisfied', '2026-03-07')],
    },
  ],
  recommendations: [
    rec(1, [1], {
      status: 'implemented',
      submittedOn: '2026-03-01',
      firstInstructedOn: '2026-03-05',
      forwardedOn: '2026-03-10',
      implementingOn: '2026-03-12',
      implementedOn: '2026-03-25',
    }),
    rec(2, [1, 2], {
      status: 'implementing',
      submittedOn: '2026-03-02',
      firstInstructedOn: '2026-03-08',
      forwardedOn: '2026-03-12',
      implementingOn: '2026-03-20',
    }),
    rec(3, [1], { status: 'not_adopted', submittedOn: '2026-02-10', notAdoptedOn: '2026-03-15' }),
    rec(4, [2], {
      status: 'implemented',
      submittedOn: '2026-03-03',
      firstInstructedOn: '2026-03-04',
      forwardedOn: '2026-03-15',
      implementingOn: '2026-03-16',
      implementedOn: '2026-03-30',
    }),
  ],
}

describe('KPI arithmetic (hand-worked fixtures)', () => {
  const chain1 = computeKpis(input, { chainId: 1 }, MARCH, AS_OF)

  it('counts visits, forums and coverage', () => {
    // March, chain 1: V1 (visit) and V2 (forum of E1, E2, E3). Members E1, E2, E3, E5 → 3 of 4 visited.
    expect(chain1).toMatchObject({
      visits: 2,
      oneOnOneVisits: 1,
      forums: 1,
      enterprisesVisited: 3,
      enterprisesTotal: 4,
      coverage: 0.75,
    })
  })

  it("counts orders and markets, only the county's when a county is given", () => {
    // Chain 1: V1 order 1,000,000 (E1) + V2 order 500,000 (E2) + V2 market (E3).
    expect(chain1).toMatchObject({ ordersWon: 2, ordersAmountCny: 1_500_000, marketsOpened: 1 })
    // Yanji only: E2's order is in Tumen and drops out; E3's market stays.
    const yanji = computeKpis(input, { chainId: 1, county: 'yanji' }, MARCH, AS_OF)
    expect(yanji).toMatchObject({
      visits: 2,
      enterprisesVisited: 2,
      enterprisesTotal: 2,
      coverage: 1,
      ordersWon: 1,
      ordersAmountCny: 1_000_000,
      marketsOpened: 1,
    })
  })

  it('computes the resolution rate and shows planned and explained apart from solved', () => {
    // Raised in March: B1–B6. Accepted (not submitted/rejected): B1–B4. Resolved or closed: B1, B2, B4 → 3/4.
    expect(chain1).toMatchObject({
      bottlenecksRaised: 6,
      bottlenecksAccepted: 4,
      bottlenecksResolved: 3,
      resolutionRate: 0.75,
    })
    expect(chain1.resolvedByType).toEqual({ solved: 1, partly_solved: 0, planned: 1, explained: 1 })
  })

  it('computes on-time against the deadline in force and against the original one', () => {
    // Due in March: B1 (11th), B2 (20th), B3 (16th), B4 (19th), B7 (2nd) → 5.
    // In force: B1 and B2 on time → 2/5. Original: only B1 (B2 beat only its extended deadline) → 1/5.
    expect(chain1).toMatchObject({
      dueInPeriod: 5,
      resolvedOnTime: 2,
      onTimeRate: 0.4,
      resolvedOnTimeOriginal: 1,
      onTimeRateOriginal: 0.2,
    })
  })

  it('computes acknowledgement timeliness over items assigned in the period', () => {
    // Assigned in March: B1–B4 (B7 was assigned in February). Late: B2 (6th after a 5th limit) → 3/4.
    expect(chain1).toMatchObject({ assigned: 4, acknowledgedInTime: 3, ackTimeliness: 0.75 })
  })

  it('counts overdue open items as of the asOf day', () => {
    // Open among those raised: B3 (deadline 16th, passed) and B6 (no deadline) → 1 of 2.
    expect(chain1).toMatchObject({ open: 2, overdue: 1, overdueRate: 0.5 })
    // Judged on the 15th, B3 is not yet overdue.
    expect(computeKpis(input, { chainId: 1 }, MARCH, '2026-03-15').overdue).toBe(0)
  })

  it('counts on time only the deadlines already passed by asOf, so a deadline to come is not yet missed', () => {
    // Judged on the 15th: due by then B1 (11th, on time) and B7 (2nd, late); B2, B3, B4 fall due later → 1/2.
    expect(computeKpis(input, { chainId: 1 }, MARCH, '2026-03-15')).toMatchObject({
      dueInPeriod: 2,
      resolvedOnTime: 1,
      onTimeRate: 0.5,
    })
    // A period wholly after the day judged has no deadline passed, and no rating given.
    expect(computeKpis(input, { chainId: 1 }, { from: '2026-04-01', to: '2026-04-30' }, '2026-03-31')).toMatchObject({
      dueInPeriod: 0,
      onTimeRate: null,
      rated: 0,
    })
  })

  it('judges overdue over every item open on the day, whenever raised and though resolved since', () => {
    // Open at the end of the 15th: B2 (resolved 20th), B3, B4 (resolved 24th); B3's deadline alone has passed.
    expect(computeKpis(input, { chainId: 1 }, MARCH, '2026-03-15')).toMatchObject({ open: 3, overdue: 0 })
    // April raises nothing, yet B3 (overdue) and B6 (no deadline) are still open at its end → 1 of 2.
    expect(computeKpis(input, { chainId: 1 }, { from: '2026-04-01', to: '2026-04-30' }, '2026-04-30')).toMatchObject({
      bottlenecksRaised: 0,
      open: 2,
      overdue: 1,
      overdueRate: 0.5,
    })
  })

  it("shows the implementation rate's own numerator: forwarded in the period and now implemented", () => {
    expect(chain1.recForwardedImplemented).toBeLessThanOrEqual(chain1.recForwarded)
    expect(chain1.implementationRate).toBe(chain1.recForwardedImplemented / chain1.recForwarded)
  })

  it('takes median and mean calendar days to resolve (even count)', () => {
    // Resolved in March: B1 7 days, B2 17, B4 14, B7 22 (10 Feb → 4 Mar). Sorted 7, 14, 17, 22.
    expect(chain1.medianDaysToResolve).toBe(15.5)
    expect(chain1.meanDaysToResolve).toBe(15)
  })

  it('takes median and mean days to resolve (odd count)', () => {
    // Yanji: B1 7, B2 17, B4 14 → median 14, mean 38/3.
    const yanji = computeKpis(input, { chainId: 1, county: 'yanji' }, MARCH, AS_OF)
    expect(yanji.medianDaysToResolve).toBe(14)
    expect(yanji.meanDaysToResolve).toBeCloseTo(38 / 3, 10)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('computes the reopen rate and both satisfaction rates', () => {
    // Closed or reopened: B1, B2; reopened: B2 → 1/2. Ratings given in March, each event once: B1
    // satisfied, B2 dissatisfied then basically satisfied (a re-rating), B7 (raised in February)
    // satisfied → 4 rated, 2 satisfied, 1 basically → 3/4, strict 2/4.
    expect(chain1).toMatchObject({
      reopened: 1,
      closedOrReopened: 2,
      reopenRate: 0.5,
      rated: 4,
      satisfied: 2,
      basicallySatisfied: 1,
      satisfactionRate: 0.75,
      strictSatisfactionRate: 0.5,
    })
  })

  it('counts recommendation steps in the period and the implementation rate', () => {
    // Chain 1: R1, R2 submitted, instructed and forwarded in March (R3 was submitted in February);
    // R1 implemented. Forwarded in March and implemented now: R1 of R1, R2 → 1/2.
    expect(chain1).toMatchObject({
      recSubmitted: 2,
      recInstructed: 2,
      recForwarded: 2,
      recImplemented: 1,
      implementationRate: 0.5,
    })
    // Chain 2: R2 and R4 forwarded, R4 implemented → 1/2 as well; R4 counted once.
    expect(computeKpis(input, { chainId: 2 }, MARCH, AS_OF)).toMatchObject({ recForwarded: 2, recImplemented: 1 })
  })

  it('gives null rates, not zero, when a denominator is empty', () => {
    const empty = computeKpis(input, { chainId: 3 }, MARCH, AS_OF)
    expect(empty).toMatchObject({ visits: 0, enterprisesTotal: 0, bottlenecksRaised: 0, ordersAmountCny: 0 })
    for (const k of [
      'coverage',
      'resolutionRate',
      'onTimeRate',
      'onTimeRateOriginal',
      'ackTimeliness',
      'overdueRate',
      'medianDaysToResolve',
      'meanDaysToResolve',
      'reopenRate',
      'satisfactionRate',
      'strictSatisfactionRate',
      'implementationRate',
    ] as const)
      expect(empty[k], k).toBeNull()
  })

  it('covers every chain when no scope is given', () => {
    // All: V1, V2, V4 in March; E1–E4 visited of 5; orders 1,000,000 + 500,000 + 2,000,000.
    expect(computeKpis(input, {}, MARCH, AS_OF)).toMatchObject({
      visits: 3,
      enterprisesVisited: 4,
      enterprisesTotal: 5,
      coverage: 0.8,
      ordersWon: 3,
      ordersAmountCny: 3_500_000,
    })
  })
})
