import {
  bottleneckView,
  type BottleneckCreateRequest,
  type BottleneckView,
  type BottleneckPatchRequest,
  type BottleneckTransitionRequest,
} from '#contract'
import { patchJson, postJson } from './writeRequest'

/** Raises a bottleneck outside a visit (created `submitted`); the key makes a retry safe. */
export function createBottleneck(body: BottleneckCreateRequest, idempotencyKey: string): Promise<BottleneckView> {
  return postJson('/api/bottlenecks', body, bottleneckView, idempotencyKey)
}

/** Edits a bottleneck while it is `submitted`; 409 stale_version / illegal_transition otherwise. */
export function sendBottleneckEdit(id: number, body: BottleneckPatchRequest): Promise<BottleneckView> {
  return patchJson(`/api/bottlenecks/${id}`, body, bottleneckView)
}

/** Takes one lifecycle action (with the record's version); answers the updated record. */
export function sendBottleneckAction(id: number, body: BottleneckTransitionRequest): Promise<BottleneckView> {
  return postJson(`/api/bottlenecks/${id}/transitions`, body, bottleneckView)
}
