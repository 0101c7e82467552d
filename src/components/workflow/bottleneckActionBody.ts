/**
 * What a bottleneck action dialog sends: the fields the lifecycle table names for the action
 * (contract/lifecycles.ts), the record's version and an optional comment, checked against the
 * contract's request schema before it leaves, so the form names bad fields exactly as the server
 * would. Pure, so it is tested without a DOM.
 */
import {
  BOTTLENECK_TRANSITIONS,
  bottleneckTransitionRequest,
  fieldsFromZodIssues,
  type BottleneckAction,
  type BottleneckTransitionRequest,
  type ResolutionType,
} from '#contract'

/** Everything a user can type in a bottleneck action dialog; each action reads its own part. */
export interface BottleneckActionDraft {
  comment: string
  reason: string
  leadDepartmentId: number | null
  coDepartmentIds: number[]
  assignedVia: 'co_leader' | 'lead_unit' | null
  newResolveBy: string
  resolutionType: ResolutionType | null
}

/** A blank draft. */
export function emptyBottleneckDraft(): BottleneckActionDraft {
  return {
    comment: '',
    reason: '',
    leadDepartmentId: null,
    coDepartmentIds: [],
    assignedVia: null,
    newResolveBy: '',
    resolutionType: null,
  }
}

/** The fields the action carries besides the comment (the lifecycle table's own list). */
export function bottleneckActionFields(action: BottleneckAction): readonly string[] {
  return BOTTLENECK_TRANSITIONS.find(t => t.action === action)?.fields.filter(f => f !== 'comment') ?? []
}

/** A note's comment is the note itself; every other action's comment is optional. */
export function commentRequired(action: BottleneckAction): boolean {
  return action === 'note'
}

/** The request body for `action` from a draft (unvalidated; see checkBottleneckAction). */
export function bottleneckTransitionBody(
  action: BottleneckAction,
  version: number,
  draft: BottleneckActionDraft,
): Record<string, unknown> {
  const body: Record<string, unknown> = { action, version }
  const comment = draft.comment.trim()
  if (comment || commentRequired(action)) body.comment = comment
  for (const field of bottleneckActionFields(action)) {
    if (field === 'coDepartmentIds')
      body.coDepartmentIds = draft.coDepartmentIds.filter(id => id !== draft.leadDepartmentId)
    else if (field === 'reason') body.reason = draft.reason.trim()
    else body[field] = draft[field as keyof BottleneckActionDraft]
  }
  return body
}

export type CheckedBody<T> = { ok: true; body: T } | { ok: false; fields: Record<string, string> }

/** Checks the body against the contract schema; bad fields keyed by path, as the server names them. */
export function checkBottleneckAction(
  action: BottleneckAction,
  version: number,
  draft: BottleneckActionDraft,
): CheckedBody<BottleneckTransitionRequest> {
  const parsed = bottleneckTransitionRequest.safeParse(bottleneckTransitionBody(action, version, draft))
  if (parsed.success) return { ok: true, body: parsed.data }
  return { ok: false, fields: fieldsFromZodIssues(parsed.error.issues) }
}
