/** A valid request for every lifecycle action, at the fixtures' version 3 (bottlenecks) and 4 (recommendations). */
import type { BottleneckTransitionRequest, RecommendationTransitionRequest } from '#contract'
import { CO_DEPT, LEAD_DEPT, REQUESTED_RESOLVE_BY } from './fixtures'

export function bottleneckRequest(
  action: BottleneckTransitionRequest['action'],
  version = 3,
): BottleneckTransitionRequest {
  switch (action) {
    case 'assign':
      return { action, version, leadDepartmentId: LEAD_DEPT, coDepartmentIds: [CO_DEPT], assignedVia: 'co_leader' }
    case 'note':
      return { action, version, comment: 'Met the bureau again' }
    case 'request_extension':
      return { action, version, newResolveBy: REQUESTED_RESOLVE_BY, reason: 'waiting for the land survey' }
    case 'resolve':
      return { action, version, resolutionType: 'solved' }
    case 'reject':
    case 'dispute':
    case 'escalate':
    case 'return':
    case 'close_unrated':
    case 'reopen':
      return { action, version, reason: `reason for ${action}` }
    default:
      return { action, version }
  }
}

export function recommendationRequest(
  action: RecommendationTransitionRequest['action'],
  version = 4,
): RecommendationTransitionRequest {
  switch (action) {
    case 'submit':
      return { action, version }
    case 'record_instruction':
      return { action, version, leader: '州长', date: '2026-03-04', text: '请商务局牵头研究。' }
    case 'forward':
      return { action, version, departmentIds: [LEAD_DEPT, CO_DEPT], note: '请落实' }
    case 'record_feedback':
      return { action, version, text: '已完成选址。' }
    case 'not_adopted':
      return { action, version, reason: 'Not a priority this year' }
    default:
      return { action, version }
  }
}
