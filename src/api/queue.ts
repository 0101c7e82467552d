import { workflowRoutes, type QueueAnswer } from '#contract'
import { call } from './call'

/** What waits on the signed-in user (GET /api/queue). */
export type WorkQueue = QueueAnswer

/** Bottlenecks (most severe warning first) and recommendations on which the user may act now. */
export function fetchQueue(): Promise<WorkQueue> {
  return call(workflowRoutes.queue, {})
}
