/**
 * Rebuilds the action sequence of a recommendation from its record (step dates, instructions,
 * forwards, feedback), so tests and tools can replay it through the contract's lifecycle.
 */
import type { RecommendationAction, RecommendationDetail } from '#contract'

const ORDER: RecommendationAction[] = ['create', 'submit', 'record_instruction', 'forward', 'start_implementation', 'record_feedback', 'complete', 'not_adopted']

/** The record's actions in date order (same-day ties in lifecycle order). */
export function recommendationActions(r: RecommendationDetail): { action: RecommendationAction, date: string }[] {
  const out: { action: RecommendationAction, date: string }[] = [{ action: 'create', date: r.createdOn }]
  if (r.submittedOn) out.push({ action: 'submit', date: r.submittedOn })
  for (const i of r.instructions) out.push({ action: 'record_instruction', date: i.date })
  for (const f of r.forwards) out.push({ action: 'forward', date: f.date })
  if (r.implementingOn) out.push({ action: 'start_implementation', date: r.implementingOn })
  for (const f of r.feedback) out.push({ action: 'record_feedback', date: f.date })
  if (r.implementedOn) out.push({ action: 'complete', date: r.implementedOn })
  if (r.notAdoptedOn) out.push({ action: 'not_adopted', date: r.notAdoptedOn })
  return out.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.action) - ORDER.indexOf(b.action))
}
