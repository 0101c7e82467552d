import {
  bottleneckDetail,
  type BottleneckCreateRequest, type BottleneckDetail, type BottleneckPatchRequest, type BottleneckTransitionRequest,
} from '#contract'
import { patchJson, postJson } from './writeRequest'

/** Raises a bottleneck outside a visit (created `submitted`); the key makes a retry safe. */
export function createBottleneck(body: BottleneckCreateRequest, idempotencyKey: string): Promise<BottleneckDetail> {
  return postJson('/api/bottlenecks', body, bottleneckDetail, idempotencyKey)
}

/** Edits a bottleneck while it is `submitted`; 409 stale_version / illegal_transition otherwise. */
export function patchBottleneck(id: number, body: BottleneckPatchRequest): Promise<BottleneckDetail> {
  return patchJson(`/api/bottlenecks/${id}`, body, bottleneckDetail)
}

/** Takes one lifecycle action (with the record's version); answers the updated record. */
export function transitionBottleneck(id: number, body: BottleneckTransitionRequest): Promise<BottleneckDetail> {
  return postJson(`/api/bottlenecks/${id}/transitions`, body, bottleneckDetail)
}
