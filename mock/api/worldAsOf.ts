/**
 * The demo world as it stood at the end of a past day, for the Overview with `asOf`: bottlenecks
 * and recommendations replayed by the contract (contract/recordsAsOf.ts), those raised or created
 * later left out. Visits and enterprises stay: a period ending on the day holds no later visit.
 */
import { bottleneckAsOf, buildCalendar, DEFAULT_TIME_LIMITS, recommendationAsOf, type World } from '#contract'

const isPresent = <T>(x: T | null): x is T => x !== null

/** The world's bottlenecks and recommendations as they stood at the end of `day`. */
export function worldAsOf(world: World, day: string): World {
  const rules = { cal: buildCalendar(), limits: DEFAULT_TIME_LIMITS, departments: new Map(world.departments.map(d => [d.id, d])) }
  return {
    ...world,
    bottlenecks: world.bottlenecks.map(b => bottleneckAsOf(b, day, rules)).filter(isPresent),
    recommendations: world.recommendations.map(r => recommendationAsOf(r, day)).filter(isPresent),
  }
}
