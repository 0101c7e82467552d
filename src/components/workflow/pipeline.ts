/**
 * The recommendation pipeline: the states a recommendation stands in while work remains, and for
 * each recommendation how many days it has stood there, oldest first. Pure.
 */
import { daysBetween, type Recommendation } from '#contract'

/** States shown as columns with their recommendations; the final two are counted only (the contract's, shared with the snapshots). */
export { PIPELINE_FINAL_STATES, PIPELINE_STATES } from '#contract'

export interface PipelineItem {
  recommendation: Recommendation
  days: number
}

/** Whole calendar days since the recommendation entered its state (never negative). */
export function daysInState(r: Pick<Recommendation, 'statusSince'>, today: string): number {
  return Math.max(0, daysBetween(r.statusSince, today))
}

/** The recommendations with their days in state, longest-standing first (ties by id). */
export function pipelineItems(items: readonly Recommendation[], today: string): PipelineItem[] {
  return items
    .map(recommendation => ({ recommendation, days: daysInState(recommendation, today) }))
    .sort((a, b) => b.days - a.days || a.recommendation.id - b.recommendation.id)
}
