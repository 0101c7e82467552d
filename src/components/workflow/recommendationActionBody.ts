/**
 * What a recommendation action dialog sends: the action's fields (contract/lifecycles.ts), the
 * version and an optional comment, checked against the contract schema first. Pure.
 */
import {
  fieldsFromZodIssues,
  RECOMMENDATION_TRANSITIONS,
  recommendationTransitionRequest,
  type RecommendationAction,
  type RecommendationTransitionRequest,
} from '#contract'
import type { CheckedBody } from './bottleneckActionBody'

/** Actions taken through the transitions endpoint ('create' and 'edit' are forms of their own). */
export type RecommendationTransitionAction = Exclude<RecommendationAction, 'create' | 'edit'>

/** Everything a user can type in a recommendation action dialog. */
export interface RecommendationActionDraft {
  comment: string
  submittedTo: 'party_committee' | 'government' | null
  leader: string
  date: string
  text: string
  departmentIds: number[]
  note: string
  reason: string
}

/** A blank draft; an instruction's date defaults to `today`. */
export function emptyRecommendationDraft(today: string): RecommendationActionDraft {
  return { comment: '', submittedTo: null, leader: '', date: today, text: '', departmentIds: [], note: '', reason: '' }
}

/** The fields the action carries (forward also carries an optional note). */
export function recommendationActionFields(action: RecommendationTransitionAction): readonly string[] {
  const fields = RECOMMENDATION_TRANSITIONS.find(t => t.action === action)?.fields ?? []
  return action === 'forward' ? [...fields, 'note'] : fields
}

/** The request body for `action` from a draft (unvalidated). */
export function recommendationTransitionBody(
  action: RecommendationTransitionAction,
  version: number,
  draft: RecommendationActionDraft,
): Record<string, unknown> {
  const body: Record<string, unknown> = { action, version }
  const comment = draft.comment.trim()
  if (comment) body.comment = comment
  for (const field of recommendationActionFields(action)) {
    const value = draft[field as keyof RecommendationActionDraft]
    // submit's addressee is optional: left empty, the recommendation's own stands.
    if (field === 'submittedTo' && value === null) continue
    body[field] = typeof value === 'string' && field !== 'date' ? value.trim() : value
  }
  return body
}

/** Checks the body against the contract schema; bad fields keyed as the server names them. */
export function checkRecommendationAction(
  action: RecommendationTransitionAction,
  version: number,
  draft: RecommendationActionDraft,
): CheckedBody<RecommendationTransitionRequest> {
  const parsed = recommendationTransitionRequest.safeParse(recommendationTransitionBody(action, version, draft))
  if (parsed.success) return { ok: true, body: parsed.data }
  return { ok: false, fields: fieldsFromZodIssues(parsed.error.issues) }
}
