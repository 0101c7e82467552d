/**
 * Recording and editing visits. A create carries the draft's Idempotency-Key, so a submit retried
 * after a lost response returns the visit the first one made instead of a second visit.
 */
import { visitRoutes, type Visit, type VisitCreateRequest, type VisitPatchRequest } from '#contract'
import { call } from './call'

/** Records a visit with its outcomes and inline bottlenecks (each created `submitted`). */
export function sendNewVisit(body: VisitCreateRequest, idempotencyKey: string): Promise<Visit> {
  return call(visitRoutes.create, { body }, { idempotencyKey })
}

/** Edits a visit at `body.version`; 409 stale_version (with the current visit) when someone else saved first. */
export function sendVisitEdit(id: number, body: VisitPatchRequest): Promise<Visit> {
  return call(visitRoutes.edit, { params: { id }, body })
}
