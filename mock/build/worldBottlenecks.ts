/**
 * The demo world's bottlenecks: who raises what at which visit (a forum collects several
 * problems, a one-on-one visit often one), some raised outside visits, the few items kept waiting
 * on the demo accounts (demoWork.ts), and where recent items stall so that the open ledger shows
 * every state and warning colour.
 */
import {
  addCalendarDays,
  type BottleneckDetail,
  type BottleneckState,
  type Enterprise,
  type TimeLimits,
  type User,
  type Visit,
  type WorkingDayCalendar,
} from '#contract'
import { DEMO_DEPARTMENT_ID, DEPARTMENTS } from '../reference/departments'
import type { Rng } from '../random'
import { datesByQuantile, type DayWeight } from './activity'
import { makeBottleneck, type BottleneckSeed } from './bottlenecks'
import { yearlyCoder } from './codes'
import { demoWorkSeeds, type DemoWorkSeed } from './demoWork'
import type { People } from './users'

/**
 * Where some bottlenecks stall, so that the open ledger shows every state and colour: of those
 * raised 16–40 days before the anchor, three in five stall in turn in each open state (old
 * enough to reach any of them); those of the last 16 days stall in turn, mostly while being
 * worked on (deadlines still running: blue and yellow); a few older ones stay overdue or unrated.
 */
const MIDDLE_STALLS: readonly BottleneckState[] = [
  'submitted',
  'accepted',
  'assigned',
  'disputed',
  'escalated',
  'resolved',
  'in_progress',
]
const LATEST_STALLS: readonly BottleneckState[] = [
  'in_progress',
  'assigned',
  'in_progress',
  'resolved',
  'in_progress',
  'submitted',
]
const OLDER_STALLS: readonly BottleneckState[] = ['resolved', 'in_progress', 'escalated', 'submitted']

/** How many problems a visit of each type raises: a forum hears several enterprises at once. */
function raisedAt(rng: Rng, v: Visit): number {
  switch (v.type) {
    case 'forum':
      return Math.min(v.enterpriseIds.length, rng.int(2, 5))
    case 'visit':
      return rng.chance(0.5) ? (rng.chance(0.15) ? 2 : 1) : 0
    default:
      return rng.chance(0.25) ? 1 : 0
  }
}

export interface WorldBottleneckInputs {
  anchorDate: string
  cal: WorkingDayCalendar
  limits: TimeLimits
  days: readonly DayWeight[]
  users: readonly User[]
  people: People
  enterprises: readonly Enterprise[]
  visits: readonly Visit[]
}

/** Builds the bottlenecks (ids in raise-date order) and fills in the visits' bottleneckIds. */
export function buildWorldBottlenecks(rng: Rng, input: WorldBottleneckInputs): BottleneckDetail[] {
  const { anchorDate, people, enterprises, visits } = input
  const userById = new Map(input.users.map(u => [u.id, u]))
  const enterpriseById = new Map(enterprises.map(e => [e.id, e]))
  const seeds: (BottleneckSeed | DemoWorkSeed)[] = []
  for (const v of visits) {
    const recorder = userById.get(v.recordedBy)!
    for (const enterpriseId of rng.sample(v.enterpriseIds, raisedAt(rng, v)))
      seeds.push({
        chainId: v.chainId,
        enterprise: enterpriseById.get(enterpriseId)!,
        visitId: v.id,
        raisedOn: v.date,
        raisedBy: { id: recorder.id, name: recorder.displayName },
      })
  }
  for (const raisedOn of datesByQuantile(input.days, rng.int(80, 100))) {
    const enterprise = rng.pick(enterprises)
    const chainId = rng.pick(enterprise.chains).chainId
    seeds.push({
      chainId,
      enterprise,
      visitId: null,
      raisedOn,
      raisedBy: rng.pick([...people.liaisonsOf(chainId), ...people.leadersOf(chainId)]),
    })
  }
  seeds.push(...demoWorkSeeds(rng, anchorDate, input.cal, input.users, enterprises, people))
  // Stable sort: ids follow the raise date.
  seeds.sort((a, b) => a.raisedOn.localeCompare(b.raisedOn))

  let eventId = 0
  const world = {
    cal: input.cal,
    limits: input.limits,
    anchorDate,
    people,
    departments: new Map(DEPARTMENTS.map(d => [d.id, d])),
    nextEventId: () => ++eventId,
  }
  const code = yearlyCoder('B', 5)
  // Recent items are slower and stall more often: the open ledger is what the cockpit shows.
  const latest = addCalendarDays(anchorDate, -16)
  const middle = addCalendarDays(anchorDate, -40)
  const older = addCalendarDays(anchorDate, -150)
  const seen = { latest: 0, middle: 0, older: 0 }
  const stallFor = (raisedOn: string): BottleneckState | undefined => {
    if (raisedOn >= latest) return LATEST_STALLS[seen.latest++ % LATEST_STALLS.length]
    if (raisedOn >= middle) {
      const n = seen.middle++
      return n % 5 === 1 || n % 5 === 3 ? undefined : MIDDLE_STALLS[Math.floor((n * 3) / 5) % MIDDLE_STALLS.length]
    }
    if (raisedOn >= older) return rng.chance(0.04) ? OLDER_STALLS[seen.older++ % OLDER_STALLS.length] : undefined
    return undefined
  }
  const visitById = new Map(visits.map(v => [v.id, v]))
  let pinned = 0
  return seeds.map((s, i) => {
    const demo = 'stallAt' in s ? s : undefined
    const pace = demo
      ? 1
      : rng.chance(s.raisedOn >= addCalendarDays(anchorDate, -30) ? 0.6 : 0.25)
        ? 1.8 + rng.next() * 1.2
        : 1
    const stallAt = demo ? demo.stallAt : stallFor(s.raisedOn)
    // Every other recent item left with a department goes to the demo department account's own
    // department (on a problem it fits), so signing in as `department` shows plenty of work.
    const pinnedLead = demo
      ? demo.pinnedLead
      : s.raisedOn >= latest && (stallAt === 'assigned' || stallAt === 'in_progress') && pinned++ % 2 === 0
        ? DEMO_DEPARTMENT_ID
        : undefined
    const b = makeBottleneck(rng, i + 1, code(s.raisedOn), s, world, { pace, stallAt, pinnedLead })
    if (s.visitId !== null) visitById.get(s.visitId)!.bottleneckIds.push(b.id)
    return b
  })
}
