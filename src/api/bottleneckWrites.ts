import {
  bottleneckRoutes,
  type BottleneckCreateRequest,
  type BottleneckPatchRequest,
  type BottleneckTransitionRequest,
  type BottleneckView,
} from '#contract'
import { call } from './call'

/** Raises a bottleneck outside a visit (created `submitted`); the key makes a retry safe. */
export function sendNewBottleneck(body: BottleneckCreateRequest, idempotencyKey: string): Promise<BottleneckView> {
  return call(bottleneckRoutes.create, { body }, { idempotencyKey })
}

/** Edits a bottleneck while it is `submitted`; 409 stale_version / illegal_transition otherwise. */
export function sendBottleneckEdit(id: number, body: BottleneckPatchRequest): Promise<BottleneckView> {
  return call(bottleneckRoutes.edit, { params: { id }, body })
}

/** Takes one lifecycle action (with the record's version); answers the updated record. */
export function sendBottleneckAction(id: number, body: BottleneckTransitionRequest): Promise<BottleneckView> {
  return call(bottleneckRoutes.transition, { params: { id }, body })
}
