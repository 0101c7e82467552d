/**
 * Demo bottlenecks: the text by category, the timeline by simulation, and every lifecycle field
 * of the record derived from that timeline. Shared by the demo world and the benchmark generator.
 */
import {
  BOTTLENECK_CATEGORIES, deriveBottleneckFields,
  type BottleneckCategory, type BottleneckDetail, type BottleneckState, type Department, type Enterprise,
  type TimeLimits, type WorkingDayCalendar,
} from '#contract'
import { LEAD_DEPARTMENTS_BY_CATEGORY } from '../reference/departments'
import { BOTTLENECK_ASKS, BOTTLENECK_DETAILS, BOTTLENECK_TITLES } from '../reference/texts'
import type { Rng } from '../random'
import { simulateBottleneckTimeline, type Person } from '../sim/bottleneckTimeline'
import type { People } from './users'

/** Categories each chain meets more often than others (weight 4 instead of 1). */
const FREQUENT_CATEGORIES: Record<number, readonly BottleneckCategory[]> = {
  1: ['markets', 'policy', 'approvals', 'customs'],
  2: ['logistics', 'customs', 'land'],
  3: ['technology', 'labour', 'financing'],
  4: ['approvals', 'technology', 'financing'],
  5: ['markets', 'financing', 'logistics'],
  6: ['markets', 'logistics', 'utilities'],
  7: ['customs', 'logistics', 'utilities'],
}

/** A bottleneck chosen but not yet simulated: who raised it, where and when. */
export interface BottleneckSeed {
  chainId: number
  enterprise: Enterprise
  visitId: number | null
  raisedOn: string
  raisedBy: Person
}

export interface BottleneckWorld {
  cal: WorkingDayCalendar
  limits: TimeLimits
  anchorDate: string
  people: People
  departments: ReadonlyMap<number, Department>
  departmentIds: readonly number[]
  nextEventId(): number
}

/** Picks a category for a chain. */
export function drawCategory(rng: Rng, chainId: number): BottleneckCategory {
  const frequent = FREQUENT_CATEGORIES[chainId] ?? []
  return rng.weighted(BOTTLENECK_CATEGORIES, c => (frequent.includes(c) ? 4 : 1))
}

/**
 * Simulates and assembles one bottleneck. `pace` above 1 makes a slow item; `stallAt` stops it
 * in a given state.
 */
export function makeBottleneck(rng: Rng, id: number, code: string, seed: BottleneckSeed, world: BottleneckWorld, opts: { pace: number, stallAt?: BottleneckState, pinnedLead?: number }): BottleneckDetail {
  const category = drawCategory(rng, seed.chainId)
  const leaders = world.people.leadersOf(seed.chainId)
  const liaisons = world.people.liaisonsOf(seed.chainId)
  const leader = rng.pick(leaders)
  const liaison = liaisons.length ? rng.pick(liaisons) : leader
  const events = simulateBottleneckTimeline({
    rng,
    cal: world.cal,
    limits: world.limits,
    anchorDate: world.anchorDate,
    raisedOn: seed.raisedOn,
    category,
    raisedBy: seed.raisedBy,
    leader,
    liaison,
    departmentUser: world.people.departmentUser,
    leadCandidates: LEAD_DEPARTMENTS_BY_CATEGORY[category],
    allDepartments: world.departmentIds,
    pace: opts.pace,
    stallAt: opts.stallAt,
    pinnedLead: opts.pinnedLead,
    nextEventId: world.nextEventId,
  })
  const fields = deriveBottleneckFields(events, world.departments, world.anchorDate, world.cal, world.limits)
  const title = rng.pick(BOTTLENECK_TITLES[category])
  return {
    id,
    code,
    chainId: seed.chainId,
    enterpriseId: seed.enterprise.id,
    county: seed.enterprise.county,
    visitId: seed.visitId,
    category,
    title,
    description: `${rng.pick(BOTTLENECK_DETAILS[category])}${title}，${rng.pick(BOTTLENECK_ASKS)}`,
    ...fields,
    events,
  }
}
