/**
 * Demo recommendations: one or two chains, a theme of the first chain's work, a basis of real
 * visits and bottlenecks of those chains that predate it, and a simulated path through the
 * recommendation lifecycle. The theme decides the departments the forward goes to, and an
 * instruction that names a department names one of them.
 */
import type { BottleneckDetail, Chain, RecommendationDetail, RecommendationState, Visit } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import { departmentByCode, DEPARTMENTS } from '../reference/departments'
import { RESEARCH_TOPICS } from '../reference/names'
import {
  FOLLOW_UP_INSTRUCTION,
  GENERAL_INSTRUCTIONS,
  HAND_ON_INSTRUCTION,
  INSTRUCTING_ROLES,
  NAMING_INSTRUCTIONS,
  RECOMMENDATION_THEMES,
  type RecommendationTheme,
} from '../reference/recommendations'
import type { Rng } from '../random'
import { simulateRecommendation } from '../sim/recommendationTimeline'
import { datesByQuantile, type DayWeight } from './activity'
import { yearlyCoder } from './codes'
import type { People } from './users'

/**
 * States that every third of the most recent recommendations is held in (the newest first), so
 * that every status appears: recommendations do sit for months in one status.
 */
const STALL_STATES: readonly RecommendationState[] = [
  'draft',
  'submitted',
  'instructed',
  'forwarded',
  'implementing',
  'submitted',
  'instructed',
  'forwarded',
  'implementing',
]

function stallFor(fromEnd: number): RecommendationState | undefined {
  return fromEnd % 3 === 0 ? STALL_STATES[fromEnd / 3] : undefined
}

/** One in fifteen ends not adopted (留作参考): rare, as DOMAIN.md asks, and never a stalled one. */
const notAdopted = (index: number) => index % 15 === 4

export interface RecommendationInputs {
  count: number
  anchorDate: string
  days: readonly DayWeight[]
  chains: readonly Chain[]
  visits: readonly Visit[]
  bottlenecks: readonly BottleneckDetail[]
  people: People
}

/** The theme's departments for a chain, as ids: the leading one first, at most three. */
function forwardTo(theme: RecommendationTheme, chain: Chain): number[] {
  const seed = CHAIN_SEEDS[chain.id - 1]!
  const ids = theme.departments.flatMap(d => {
    if (d === 'lead') return [DEPARTMENTS.find(x => x.name.zh === seed.leadUnit.zh)!.id]
    if (d === 'trade') return seed.tradeUnits.map(code => departmentByCode(code).id)
    return [departmentByCode(d).id]
  })
  return [...new Set(ids)].slice(0, 3)
}

/**
 * The instructions of one recommendation, by role: a main leader of the body it went to first
 * (or the vice governor in charge), naming the leading department or not, handing it on to the
 * vice governor now and then; later ones by the vice governor, naming the leading department.
 */
function instructor(rng: Rng, submittedTo: 'party_committee' | 'government', leading: string) {
  const name = (text: string) => text.replace('{d}', leading)
  return (n: number): { leader: string; text: string } => {
    if (n > 0) return { leader: INSTRUCTING_ROLES.viceGovernor, text: name(FOLLOW_UP_INSTRUCTION) }
    const leader =
      submittedTo === 'party_committee'
        ? rng.chance(0.7)
          ? INSTRUCTING_ROLES.party
          : INSTRUCTING_ROLES.government
        : rng.chance(0.6)
          ? INSTRUCTING_ROLES.government
          : INSTRUCTING_ROLES.viceGovernor
    const r = rng.next()
    if (leader !== INSTRUCTING_ROLES.viceGovernor && r < 0.2) return { leader, text: HAND_ON_INSTRUCTION }
    return { leader, text: r < 0.65 ? name(rng.pick(NAMING_INSTRUCTIONS)) : rng.pick(GENERAL_INSTRUCTIONS) }
  }
}

/** Builds `count` recommendations (ids in creation order). */
export function buildRecommendations(rng: Rng, input: RecommendationInputs): RecommendationDetail[] {
  const code = yearlyCoder('R', 3)
  let instructionId = 0
  let forwardId = 0
  let feedbackId = 0
  const dates = [
    ...datesByQuantile(
      input.days.filter(d => d.date <= addDaysBack(input.anchorDate)),
      input.count,
    ),
  ]
  return dates.map((createdOn, i) => {
    const id = i + 1
    const first = rng.pick(input.chains)
    const chainIds = rng.chance(0.2)
      ? [first.id, rng.pick(input.chains.filter(c => c.id !== first.id)).id].sort((a, b) => a - b)
      : [first.id]
    const visits = input.visits.filter(v => chainIds.includes(v.chainId) && v.date <= createdOn)
    const bottlenecks = input.bottlenecks.filter(b => chainIds.includes(b.chainId) && b.raisedOn <= createdOn)
    const authors = [...input.people.leadersOf(first.id), ...input.people.liaisonsOf(first.id)]
    const theme = rng.pick(RECOMMENDATION_THEMES)
    const departments = forwardTo(theme, first)
    const submittedTo = rng.chance(0.5) ? ('party_committee' as const) : ('government' as const)
    const fromEnd = input.count - 1 - i
    const stallAt = stallFor(fromEnd)
    const life = simulateRecommendation({
      rng,
      anchorDate: input.anchorDate,
      createdOn,
      forwardTo: departments,
      instruct: instructor(rng, submittedTo, DEPARTMENTS.find(d => d.id === departments[0])!.name.zh),
      notAdopted: stallAt === undefined && notAdopted(i),
      stallAt,
      nextInstructionId: () => ++instructionId,
      nextForwardId: () => ++forwardId,
      nextFeedbackId: () => ++feedbackId,
    })
    const chainName = first.name.zh
    return {
      id,
      code: code(createdOn),
      title: theme.title.replace('{c}', chainName),
      body: theme.body.replace('{c}', chainName),
      chainIds,
      basis: {
        visitIds: rng
          .sample(visits, rng.int(1, 3))
          .map(v => v.id)
          .sort((a, b) => a - b),
        bottleneckIds: rng
          .sample(bottlenecks, rng.int(0, 2))
          .map(b => b.id)
          .sort((a, b) => a - b),
        research: rng.chance(0.3) ? rng.pick(RESEARCH_TOPICS[first.code]!) : null,
      },
      submittedTo,
      status: life.status,
      createdBy: rng.pick(authors).id,
      createdOn,
      submittedOn: life.submittedOn,
      firstInstructedOn: life.firstInstructedOn,
      forwardedOn: life.forwardedOn,
      implementingOn: life.implementingOn,
      implementedOn: life.implementedOn,
      notAdoptedOn: life.notAdoptedOn,
      notAdoptedReason: life.notAdoptedReason,
      statusSince: life.statusSince,
      version: life.actions,
      instructions: life.instructions,
      forwards: life.forwards,
      feedback: life.feedback,
    }
  })
}

/** Recommendations are written after the work they draw on: none in the last few days. */
function addDaysBack(anchorDate: string): string {
  return new Date(Date.parse(`${anchorDate}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10)
}
