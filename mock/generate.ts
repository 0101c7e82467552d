/**
 * The deterministic demo world: same seed and anchor date, deep-equal world. Everything happens in
 * the 24 months up to and including the anchor date ("today" of the world), nothing after it.
 * Runs in the browser for mock mode, so it stays fast (well under 300 ms).
 */
import {
  addCalendarDays, buildCalendar, DEFAULT_TIME_LIMITS,
  type BottleneckDetail, type BottleneckState, type Visit, type World,
} from '#contract'
import { createRng, subSeed } from './random'
import { COUNTIES } from './reference/counties'
import { DEMO_DEPARTMENT_ID, DEPARTMENTS } from './reference/departments'
import { activityDays, datesByQuantile, worldStartDate } from './build/activity'
import { makeBottleneck, type BottleneckSeed } from './build/bottlenecks'
import { buildChains, withTargetsAndCounts } from './build/chains'
import { buildEnterprises } from './build/enterprises'
import { buildRecommendations } from './build/recommendations'
import { buildUsers, indexPeople } from './build/users'
import { yearlyCoder } from './build/codes'
import { makeVisit, visitDraws } from './build/visits'

export interface GenerateOptions {
  /** Defaults to 1. */
  seed?: number
  /** The world's "today", YYYY-MM-DD (a business date in China time). */
  anchorDate: string
}

/**
 * Where some bottlenecks stall, so that the open ledger shows every state and colour: of those
 * raised 16–40 days before the anchor, three in five stall in turn in each open state (old
 * enough to reach any of them); those of the last 16 days stall in turn, mostly while being
 * worked on (deadlines still running: blue and yellow); a few older ones stay overdue or unrated.
 */
const MIDDLE_STALLS: readonly BottleneckState[] = ['submitted', 'accepted', 'assigned', 'disputed', 'escalated', 'resolved', 'in_progress']
const LATEST_STALLS: readonly BottleneckState[] = ['in_progress', 'assigned', 'in_progress', 'resolved', 'in_progress', 'submitted']
const OLDER_STALLS: readonly BottleneckState[] = ['resolved', 'in_progress', 'escalated', 'submitted']

/** Generates the demo world: ~180 enterprises, ~1,500 visits, ~400 bottlenecks, ~60 recommendations. */
export function generateWorld(opts: GenerateOptions): World {
  const seed = opts.seed ?? 1
  const anchorDate = opts.anchorDate
  const cal = buildCalendar()
  const limits = DEFAULT_TIME_LIMITS
  const startDate = worldStartDate(anchorDate)
  const users = buildUsers()
  const people = indexPeople(users)
  const userById = new Map(users.map(u => [u.id, u]))
  const chains = buildChains()
  const enterprises = buildEnterprises(createRng(subSeed(seed, 'enterprises')), chains, people)
  const days = activityDays(startDate, anchorDate, cal, createRng(subSeed(seed, 'days')))

  const visitRng = createRng(subSeed(seed, 'visits'))
  const draws = visitDraws(visitRng, chains, enterprises, people)
  const visitCode = yearlyCoder('V', 5)
  let outcomeId = 0
  const visits: Visit[] = []
  for (const date of datesByQuantile(days, visitRng.int(1440, 1560)))
    visits.push(makeVisit(visitRng, visits.length + 1, visitCode(date), date, draws, () => ++outcomeId))

  const bottlenecks = buildBottlenecks()
  const recommendations = buildRecommendations(createRng(subSeed(seed, 'recommendations')), {
    count: 60, anchorDate, days, chains, visits, bottlenecks, people, departmentIds: DEPARTMENTS.map(d => d.id),
  })
  return {
    seed,
    anchorDate,
    counties: [...COUNTIES],
    departments: [...DEPARTMENTS],
    users,
    chains: withTargetsAndCounts(chains, enterprises, visits, bottlenecks, startDate, anchorDate, createRng(subSeed(seed, 'targets'))),
    enterprises,
    visits,
    bottlenecks,
    recommendations,
  }

  /** About 20% of visits raise one or two bottlenecks; some 70 more are raised outside visits. */
  function buildBottlenecks(): BottleneckDetail[] {
    const rng = createRng(subSeed(seed, 'bottlenecks'))
    const seeds: BottleneckSeed[] = []
    const enterpriseById = new Map(enterprises.map(e => [e.id, e]))
    for (const v of visits) {
      if (!rng.chance(0.2)) continue
      const recorder = userById.get(v.recordedBy)!
      for (let i = rng.chance(0.15) ? 2 : 1; i > 0; i--) {
        const enterprise = enterpriseById.get(rng.pick(v.enterpriseIds))!
        seeds.push({ chainId: v.chainId, enterprise, visitId: v.id, raisedOn: v.date, raisedBy: { id: recorder.id, name: recorder.displayName } })
      }
    }
    for (const raisedOn of datesByQuantile(days, rng.int(60, 80))) {
      const enterprise = rng.pick(enterprises)
      const chainId = rng.pick(enterprise.chains).chainId
      const raisers = [...people.liaisonsOf(chainId), ...people.leadersOf(chainId)]
      seeds.push({ chainId, enterprise, visitId: null, raisedOn, raisedBy: rng.pick(raisers) })
    }
    // Stable sort: ids follow the raise date.
    seeds.sort((a, b) => a.raisedOn.localeCompare(b.raisedOn))

    const departmentMap = new Map(DEPARTMENTS.map(d => [d.id, d]))
    let eventId = 0
    const world = { cal, limits, anchorDate, people, departments: departmentMap, departmentIds: DEPARTMENTS.map(d => d.id), nextEventId: () => ++eventId }
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
        return n % 5 === 1 || n % 5 === 3 ? undefined : MIDDLE_STALLS[Math.floor(n * 3 / 5) % MIDDLE_STALLS.length]
      }
      if (raisedOn >= older) return rng.chance(0.04) ? OLDER_STALLS[seen.older++ % OLDER_STALLS.length] : undefined
      return undefined
    }
    const visitById = new Map(visits.map(v => [v.id, v]))
    let pinned = 0
    return seeds.map((s, i) => {
      const pace = rng.chance(s.raisedOn >= addCalendarDays(anchorDate, -30) ? 0.6 : 0.25) ? 1.8 + rng.next() * 1.2 : 1
      const stallAt = stallFor(s.raisedOn)
      // Every other recent item left with a department goes to the demo department account's own
      // department, so signing in as `department` always shows work waiting (whatever the anchor date).
      const pinnedLead = s.raisedOn >= latest && (stallAt === 'assigned' || stallAt === 'in_progress') && pinned++ % 2 === 0 ? DEMO_DEPARTMENT_ID : undefined
      const b = makeBottleneck(rng, i + 1, code(s.raisedOn), s, world, { pace, stallAt, pinnedLead })
      if (s.visitId !== null) visitById.get(s.visitId)!.bottleneckIds.push(b.id)
      return b
    })
  }
}
