/**
 * The demo world as it stood at the end of a past day, for the Overview with `asOf`: bottlenecks
 * and recommendations replayed by the contract (contract/recordsAsOf.ts), those raised or created
 * later left out. Visits and enterprises stay: a period ending on the day holds no later visit.
 */
import { bottleneckAsOf, recommendationAsOf, type World } from '#contract'
import type { MockRules } from './lists'

const isPresent = <T>(x: T | null): x is T => x !== null

/** The world's bottlenecks and recommendations as they stood at the end of `day`, judged by the rules in force. */
export function worldAsOf(world: World, day: string, mockRules: MockRules): World {
  const rules = {
    cal: mockRules.calendar,
    limits: mockRules.limits,
    departments: new Map(world.departments.map(d => [d.id, d])),
  }
  return {
    ...world,
    bottlenecks: world.bottlenecks.map(b => bottleneckAsOf(b, day, rules)).filter(isPresent),
    recommendations: world.recommendations.map(r => recommendationAsOf(r, day)).filter(isPresent),
  }
}
