/**
 * Demo bottlenecks: a problem of the chain's own (reference/problems), the timeline by simulation,
 * and every lifecycle field of the record derived from that timeline. The departments that lead
 * and help come from the problem and the chain's lead agency, so they fit both. Shared by the demo
 * world and the benchmark generator.
 */
import {
  deriveBottleneckFields,
  type BottleneckDetail,
  type BottleneckState,
  type Department,
  type Enterprise,
  type TimeLimits,
  type WorkingDayCalendar,
} from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import { departmentByCode, DEPARTMENTS } from '../reference/departments'
import { KOREAN_WRITERS } from '../reference/names'
import { ASKS, ASKS_KO, PROBLEMS, type ProblemSeed } from '../reference/problems'
import type { Rng } from '../random'
import { simulateBottleneckTimeline, type Person } from '../sim/bottleneckTimeline'
import type { People } from './users'

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
  nextEventId(): number
}

/** Share of the problems raised by a liaison of Korean nationality that they write in Korean. */
const KOREAN_SHARE = 0.5

/** The department id of each chain's lead agency (named in reference/chains.ts as the department is). */
const LEAD_AGENCY = new Map(CHAIN_SEEDS.map((s, i) => [i + 1, DEPARTMENTS.find(d => d.name.zh === s.leadUnit.zh)!.id]))

/** The problem's lead candidates and co-department candidates, as department ids. */
function departmentsOf(problem: ProblemSeed, chainId: number): { leads: number[]; co: number[] } {
  const leads = problem.leads.map(code => departmentByCode(code).id)
  return { leads, co: [...new Set([...leads, LEAD_AGENCY.get(chainId)!])] }
}

/** A problem of the chain; with `mustLead`, one that department may lead. */
function drawProblem(rng: Rng, chainId: number, mustLead?: number): ProblemSeed {
  const all = PROBLEMS[CHAIN_SEEDS[chainId - 1]!.code]!
  const fitting =
    mustLead === undefined ? all : all.filter(p => p.leads.some(code => departmentByCode(code).id === mustLead))
  return rng.pick(fitting.length ? fitting : all)
}

/**
 * Simulates and assembles one bottleneck. `pace` above 1 makes a slow item; `stallAt` stops it
 * in a given state; `pinnedLead` makes the first assignment go to that department, on a problem
 * it fits.
 */
export function makeBottleneck(
  rng: Rng,
  id: number,
  code: string,
  seed: BottleneckSeed,
  world: BottleneckWorld,
  opts: { pace: number; stallAt?: BottleneckState; pinnedLead?: number },
): BottleneckDetail {
  const problem = drawProblem(rng, seed.chainId, opts.pinnedLead)
  const korean = problem.ko !== undefined && KOREAN_WRITERS.has(seed.raisedBy.name) && rng.chance(KOREAN_SHARE)
  const candidates = departmentsOf(problem, seed.chainId)
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
    category: problem.category,
    raisedBy: seed.raisedBy,
    leader,
    liaison,
    departmentUser: world.people.departmentUser,
    leadCandidates: candidates.leads,
    coCandidates: candidates.co,
    pace: opts.pace,
    stallAt: opts.stallAt,
    pinnedLead: opts.pinnedLead,
    nextEventId: world.nextEventId,
  })
  const fields = deriveBottleneckFields(events, world.departments, world.anchorDate, world.cal, world.limits)
  const title = korean ? problem.ko!.title : problem.title
  const description = korean ? `${problem.ko!.detail}${rng.pick(ASKS_KO)}` : `${problem.detail}${rng.pick(ASKS)}`
  return {
    id,
    code,
    chainId: seed.chainId,
    enterpriseId: seed.enterprise.id,
    county: seed.enterprise.county,
    visitId: seed.visitId,
    category: problem.category,
    title,
    description,
    ...fields,
    events,
  }
}
