/**
 * Checks the form against the contract's request schemas before sending, so a form that cannot
 * succeed says what to fix even with no signal, in the same `fields` shape the API answers with.
 */
import type { z } from 'zod'
import {
  fieldsFromZodIssues,
  visitCreateRequest,
  visitPatchRequest,
  type VisitCreateRequest,
  type VisitPatchRequest,
} from '#contract'
import { createBody, patchFields, type VisitDraft } from './visitDraft'

export type Checked<T> = { ok: true; body: T } | { ok: false; fields: Record<string, string> }

// The schema cannot know today's date; the server refuses a visit dated in the future.
function futureDate(d: VisitDraft, today: string): Record<string, string> {
  return d.date && d.date > today ? { date: 'must not be in the future' } : {}
}

function check<T>(result: z.ZodSafeParseResult<T>, extra: Record<string, string>): Checked<T> {
  if (!result.success) return { ok: false, fields: { ...fieldsFromZodIssues(result.error.issues), ...extra } }
  if (Object.keys(extra).length) return { ok: false, fields: extra }
  return { ok: true, body: result.data }
}

/** The create request, or the problems in the API's `fields` shape. */
export function checkCreate(d: VisitDraft, today: string): Checked<VisitCreateRequest> {
  return check(visitCreateRequest.safeParse(createBody(d)), futureDate(d, today))
}

/** The edit request at `version`, or the problems. */
export function checkPatch(d: VisitDraft, version: number, today: string): Checked<VisitPatchRequest> {
  return check(visitPatchRequest.safeParse({ version, ...patchFields(d) }), futureDate(d, today))
}
