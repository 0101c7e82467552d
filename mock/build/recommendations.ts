/**
 * Demo recommendations: one or two chains, a basis of real visits and bottlenecks of those chains
 * that predate it, and a simulated path through the recommendation lifecycle.
 */
import type { BottleneckDetail, Chain, RecommendationDetail, RecommendationState, Visit } from '#contract'
import { RESEARCH_TOPICS } from '../reference/names'
import { RECOMMENDATION_BODY, RECOMMENDATION_TITLES } from '../reference/texts'
import type { Rng } from '../random'
import { simulateRecommendation } from '../sim/recommendationTimeline'
import { datesByQuantile, type DayWeight } from './activity'
import { yearlyCoder } from './codes'
import type { People } from './users'

/**
 * States that every third of the most recent recommendations is held in (the newest first), so
 * that every status appears: recommendations do sit for months in one status.
 */
const STALL_STATES: readonly RecommendationState[] = ['draft', 'submitted', 'instructed', 'forwarded', 'implementing', 'submitted', 'instructed', 'forwarded', 'implementing']

function stallFor(fromEnd: number): RecommendationState | undefined {
  return fromEnd % 3 === 0 ? STALL_STATES[fromEnd / 3] : undefined
}

export interface RecommendationInputs {
  count: number
  anchorDate: string
  days: readonly DayWeight[]
  chains: readonly Chain[]
  visits: readonly Visit[]
  bottlenecks: readonly BottleneckDetail[]
  people: People
  departmentIds: readonly number[]
}

/** Builds `count` recommendations (ids in creation order). */
export function buildRecommendations(rng: Rng, input: RecommendationInputs): RecommendationDetail[] {
  const code = yearlyCoder('R', 3)
  let instructionId = 0
  let forwardId = 0
  let feedbackId = 0
  const dates = [...datesByQuantile(input.days.filter(d => d.date <= addDaysBack(input.anchorDate)), input.count)]
  return dates.map((createdOn, i) => {
    const id = i + 1
    const first = rng.pick(input.chains)
    const chainIds = rng.chance(0.2) ? [first.id, rng.pick(input.chains.filter(c => c.id !== first.id)).id].sort((a, b) => a - b) : [first.id]
    const visits = input.visits.filter(v => chainIds.includes(v.chainId) && v.date <= createdOn)
    const bottlenecks = input.bottlenecks.filter(b => chainIds.includes(b.chainId) && b.raisedOn <= createdOn)
    const authors = [...input.people.leadersOf(first.id), ...input.people.liaisonsOf(first.id)]
    const fromEnd = input.count - 1 - i
    const life = simulateRecommendation({
      rng,
      anchorDate: input.anchorDate,
      createdOn,
      departmentIds: input.departmentIds,
      stallAt: stallFor(fromEnd),
      nextInstructionId: () => ++instructionId,
      nextForwardId: () => ++forwardId,
      nextFeedbackId: () => ++feedbackId,
    })
    const chainName = first.name.zh
    return {
      id,
      code: code(createdOn),
      title: rng.pick(RECOMMENDATION_TITLES).replace('{c}', chainName),
      body: RECOMMENDATION_BODY.replace('{c}', chainName),
      chainIds,
      basis: {
        visitIds: rng.sample(visits, rng.int(1, 3)).map(v => v.id).sort((a, b) => a - b),
        bottleneckIds: rng.sample(bottlenecks, rng.int(0, 2)).map(b => b.id).sort((a, b) => a - b),
        research: rng.chance(0.3) ? rng.pick(RESEARCH_TOPICS) : null,
      },
      submittedTo: rng.chance(0.5) ? 'party_committee' : 'government',
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
