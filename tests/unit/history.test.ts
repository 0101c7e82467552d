/**
 * Replaying a record's history up to a day: on the world's own day the replay is the record
 * (so a snapshot of today agrees with the lists), before its first step there is nothing, and a
 * day in the middle stops at the steps taken by then.
 */
import { describe, expect, it } from 'vitest'
import { bottleneckFieldsAsOf, buildCalendar, DEFAULT_TIME_LIMITS, recommendationStateAsOf } from '#contract'
import { generateWorld } from '../../mock/generate'

const ANCHOR = '2026-06-30'
const world = generateWorld({ seed: 3, anchorDate: ANCHOR })
const cal = buildCalendar()
const departments = new Map(world.departments.map(d => [d.id, d]))

describe('bottleneckFieldsAsOf', () => {
  it("replayed to the world's day, every bottleneck is its record", () => {
    for (const b of world.bottlenecks) {
      const fields = bottleneckFieldsAsOf(b.events, ANCHOR, departments, cal, DEFAULT_TIME_LIMITS)
      expect(fields, `bottleneck ${b.id}`).toMatchObject({
        status: b.status,
        warning: b.warning,
        resolvedOn: b.resolvedOn,
        resolveBy: b.resolveBy,
        acknowledgedOn: b.acknowledgedOn,
        satisfaction: b.satisfaction,
      })
    }
  })

  it('is null before the bottleneck was raised, and stops at the steps taken by a day in between', () => {
    const daysOf = (b: (typeof world.bottlenecks)[number]) => [...new Set(b.events.map(e => e.at.slice(0, 10)))]
    const b = world.bottlenecks.find(x => x.status === 'closed' && daysOf(x).length >= 3)!
    expect(bottleneckFieldsAsOf(b.events, '2000-01-01', departments, cal)).toBeNull()
    const middle = daysOf(b)[1]!
    const then = bottleneckFieldsAsOf(b.events, middle, departments, cal)!
    expect(then.status).toBe(b.events.filter(e => e.at.slice(0, 10) <= middle).at(-1)!.toStatus)
    expect(then.status).not.toBe('closed')
    expect(then.closedOn).toBeNull()
  })
})

describe('recommendationStateAsOf', () => {
  it("replayed to the world's day, every recommendation stands where its record says, since the same day", () => {
    for (const r of world.recommendations) {
      expect(recommendationStateAsOf(r, ANCHOR), `recommendation ${r.id}`).toEqual({
        status: r.status,
        statusSince: r.statusSince,
      })
    }
  })

  it('is null before creation and a draft between creation and submission', () => {
    const r = world.recommendations.find(x => x.submittedOn !== null && x.submittedOn > x.createdOn)!
    expect(recommendationStateAsOf(r, '2000-01-01')).toBeNull()
    expect(recommendationStateAsOf(r, r.createdOn)).toEqual({ status: 'draft', statusSince: r.createdOn })
  })
})
