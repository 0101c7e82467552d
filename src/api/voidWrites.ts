/** Voiding (作废) a visit, bottleneck or recommendation: admin only, on the version read, with a reason. */
import { bottleneckView, recommendationView, visit, type VoidRequest } from '#contract'
import { postJson } from './writeRequest'

/** The kinds of record that can be voided, by their path under /api. */
export type VoidableKind = 'visits' | 'bottlenecks' | 'recommendations'

const SCHEMAS = { visits: visit, bottlenecks: bottleneckView, recommendations: recommendationView }

/**
 * Voids record `id` of `kind` → the voided record (with `voidedAt`, `voidReason`). 403 for anyone
 * but an admin, 409 stale_version on another version, 409 conflict when it is voided already.
 */
export function sendVoid<K extends VoidableKind>(kind: K, id: number, body: VoidRequest) {
  return postJson(`/api/${kind}/${id}/void`, body, SCHEMAS[kind])
}
