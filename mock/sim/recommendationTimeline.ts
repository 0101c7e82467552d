/**
 * Simulates one recommendation from creation onwards, taking only actions the contract's
 * recommendation lifecycle allows, each step on a later calendar day and never past the anchor.
 */
import {
  addCalendarDays,
  nextRecommendationState,
  type Feedback,
  type Forward,
  type Instruction,
  type RecommendationAction,
  type RecommendationState,
} from '#contract'
import type { Rng } from '../random'
import { FEEDBACK_TEXTS, FORWARD_NOTE, NOT_ADOPTED_REASONS } from '../reference/recommendations'

export interface RecommendationSimInput {
  rng: Rng
  anchorDate: string
  createdOn: string
  /** The departments the forward goes to (those an instruction names among them). */
  forwardTo: readonly number[]
  /** Who writes the `n`-th instruction (0 first) and what it says. */
  instruct(n: number): { leader: string; text: string }
  /**
   * Whether it ends "not adopted" (留作参考): decided by the builder, so the share stays small
   * (DOMAIN.md: ≤ 10%) however the draws fall.
   */
  notAdopted: boolean
  /**
   * Stop once this state is reached, taking the straight path to it: keeps every state
   * represented (recommendations do sit for months in one status).
   */
  stallAt?: RecommendationState
  nextInstructionId(): number
  nextForwardId(): number
  nextFeedbackId(): number
}

/** The lifecycle part of a RecommendationDetail, as simulated. */
export interface RecommendationLifecycle {
  status: RecommendationState
  submittedOn: string | null
  firstInstructedOn: string | null
  forwardedOn: string | null
  implementingOn: string | null
  implementedOn: string | null
  notAdoptedOn: string | null
  notAdoptedReason: string | null
  statusSince: string
  instructions: Instruction[]
  forwards: Forward[]
  feedback: Feedback[]
  /** Number of actions taken, including create: the record's version. */
  actions: number
}

/** The straight path through the lifecycle, used when a stall state is wanted. */
const PATH: Partial<Record<RecommendationState, RecommendationAction>> = {
  draft: 'submit',
  submitted: 'record_instruction',
  instructed: 'forward',
  forwarded: 'start_implementation',
  implementing: 'complete',
}

/** Runs the simulation. */
export function simulateRecommendation(input: RecommendationSimInput): RecommendationLifecycle {
  const { rng } = input
  const out: RecommendationLifecycle = {
    status: 'draft',
    submittedOn: null,
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince: input.createdOn,
    instructions: [],
    forwards: [],
    feedback: [],
    actions: 1,
  }
  let date = input.createdOn
  for (let guard = 0; guard < 20; guard++) {
    if (out.status === input.stallAt) break
    const step = choose(out.status)
    if (!step) break
    const next = addCalendarDays(date, step.days)
    if (next > input.anchorDate) break
    const to = nextRecommendationState(out.status, step.action)
    if (to === null) throw new Error(`illegal simulated action ${step.action} from ${out.status}`)
    date = next
    apply(step.action)
    if (to !== out.status) out.statusSince = date
    out.status = to
    out.actions++
  }
  return out

  function choose(state: RecommendationState): { action: RecommendationAction; days: number } | null {
    const forced = input.stallAt ? PATH[state] : undefined
    const r = rng.next()
    switch (state) {
      case 'draft':
        if (!forced && out.actions === 1 && r < 0.3) return { action: 'edit', days: rng.int(1, 5) }
        return { action: 'submit', days: rng.int(2, 12) }
      case 'submitted':
        if (forced) return { action: 'record_instruction', days: rng.int(5, 30) }
        if (input.notAdopted && r < 0.6) return { action: 'not_adopted', days: rng.int(20, 60) }
        if (input.notAdopted || r < 0.82) return { action: 'record_instruction', days: rng.int(5, 30) }
        // Many recommendations never receive an answer (DOMAIN.md).
        return null
      case 'instructed':
        if (!forced && out.instructions.length === 1 && r < 0.2)
          return { action: 'record_instruction', days: rng.int(3, 15) }
        if (!forced && input.notAdopted) return { action: 'not_adopted', days: rng.int(10, 40) }
        return { action: 'forward', days: rng.int(3, 20) }
      case 'forwarded':
        if (!forced && r < 0.08) return { action: 'record_instruction', days: rng.int(3, 15) }
        return { action: 'start_implementation', days: rng.int(5, 20) }
      case 'implementing':
        if (out.feedback.length === 0 || (out.feedback.length < 3 && r < 0.35))
          return { action: 'record_feedback', days: rng.int(10, 40) }
        return { action: 'complete', days: rng.int(10, 60) }
      case 'implemented':
      case 'not_adopted':
        return null
    }
  }

  function apply(action: RecommendationAction) {
    switch (action) {
      case 'submit':
        out.submittedOn = date
        break
      case 'record_instruction':
        out.firstInstructedOn ??= date
        out.instructions.push({ id: input.nextInstructionId(), date, ...input.instruct(out.instructions.length) })
        break
      case 'forward': {
        out.forwardedOn ??= date
        out.forwards.push({
          id: input.nextForwardId(),
          date,
          departmentIds: [...input.forwardTo].sort((a, b) => a - b),
          note: FORWARD_NOTE,
        })
        break
      }
      case 'start_implementation':
        out.implementingOn = date
        break
      case 'record_feedback': {
        const forwarded = out.forwards.flatMap(f => f.departmentIds)
        out.feedback.push({
          id: input.nextFeedbackId(),
          date,
          departmentId: rng.chance(0.85) ? rng.pick(forwarded) : null,
          text: rng.pick(FEEDBACK_TEXTS),
        })
        break
      }
      case 'complete':
        out.implementedOn = date
        break
      case 'not_adopted':
        out.notAdoptedOn = date
        out.notAdoptedReason = rng.pick(NOT_ADOPTED_REASONS)
        break
      case 'create':
      case 'edit':
        break
    }
  }
}
