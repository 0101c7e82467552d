import { z } from 'zod'
import { bottleneck, recommendation, type Bottleneck, type Recommendation } from '#contract'
import { getJson } from './http'

/** What waits on the signed-in user (GET /api/queue). */
export interface WorkQueue {
  bottlenecks: Bottleneck[]
  recommendations: Recommendation[]
}

const workQueue = z.object({ bottlenecks: z.array(bottleneck), recommendations: z.array(recommendation) })

/** Bottlenecks (most severe warning first) and recommendations on which the user may act now. */
export function fetchQueue(): Promise<WorkQueue> {
  return getJson('/api/queue', workQueue)
}
