/**
 * Rebuilds the action sequence of a recommendation from its record (step dates, instructions,
 * forwards, feedback), so tests and tools can replay it through the contract's lifecycle, and the
 * snapshots (snapshots.ts) can tell the state it stood in on a past day.
 */
import type { RecommendationDetail } from './entities'
import { nextRecommendationState, type RecommendationAction, type RecommendationState } from './lifecycles'

const ORDER: RecommendationAction[] = [
  'create',
  'submit',
  'record_instruction',
  'forward',
  'start_implementation',
  'record_feedback',
  'complete',
  'not_adopted',
]

/** What the replay reads of a recommendation: its step dates and the dates of its repeatable steps. */
export type RecommendationSteps = Pick<
  RecommendationDetail,
  'createdOn' | 'submittedOn' | 'implementingOn' | 'implementedOn' | 'notAdoptedOn'
> & {
  instructions: readonly { date: string }[]
  forwards: readonly { date: string }[]
  feedback: readonly { date: string }[]
}

/** The record's actions in date order (same-day ties in lifecycle order). */
export function recommendationActions(r: RecommendationSteps): { action: RecommendationAction; date: string }[] {
  const out: { action: RecommendationAction; date: string }[] = [{ action: 'create', date: r.createdOn }]
  if (r.submittedOn) out.push({ action: 'submit', date: r.submittedOn })
  for (const i of r.instructions) out.push({ action: 'record_instruction', date: i.date })
  for (const f of r.forwards) out.push({ action: 'forward', date: f.date })
  if (r.implementingOn) out.push({ action: 'start_implementation', date: r.implementingOn })
  for (const f of r.feedback) out.push({ action: 'record_feedback', date: f.date })
  if (r.implementedOn) out.push({ action: 'complete', date: r.implementedOn })
  if (r.notAdoptedOn) out.push({ action: 'not_adopted', date: r.notAdoptedOn })
  return out.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.action) - ORDER.indexOf(b.action))
}

/**
 * The state the recommendation stood in at the end of `day` and the day it entered it, or null when
 * it had not been created yet. Steps the lifecycle would not take from the state reached are skipped,
 * as the write path would have refused them.
 */
export function recommendationStateAsOf(
  r: RecommendationSteps,
  day: string,
): { status: RecommendationState; statusSince: string } | null {
  let status: RecommendationState | null = null
  let statusSince = ''
  for (const step of recommendationActions(r)) {
    if (step.date > day) break
    const next: RecommendationState | null =
      status === null ? (step.action === 'create' ? 'draft' : null) : nextRecommendationState(status, step.action)
    if (next === null || next === status) continue
    status = next
    statusSince = step.date
  }
  return status === null ? null : { status, statusSince }
}
