/** The workflow's two reads: a record's audit trail, and what waits on the signed-in user. */
import { z } from 'zod'
import { auditList, auditQuery } from '../audit'
import { bottleneck, recommendation } from '../entities'
import { route } from './route'

/** What waits on the signed-in user: the most urgent bottlenecks first, then recommendations. */
export const queueAnswer = z.object({ bottlenecks: z.array(bottleneck), recommendations: z.array(recommendation) })
export type QueueAnswer = z.infer<typeof queueAnswer>

export const workflowRoutes = {
  audit: route({
    method: 'GET',
    path: '/api/audit',
    query: auditQuery,
    status: 200,
    response: auditList,
    errors: [400, 403],
    access: 'signedIn',
    tag: 'audit',
    description:
      "Admins read every entry; other roles the audit of the records they can read, never an account's (403), with enterprise contacts masked as the reader reads them elsewhere.",
  }),
  queue: route({
    method: 'GET',
    path: '/api/queue',
    status: 200,
    response: queueAnswer,
    errors: [],
    access: 'signedIn',
    tag: 'workflow',
    description:
      'What waits on the signed-in user: at most 200 bottlenecks (most urgent first) and 200 recommendations.',
  }),
}
