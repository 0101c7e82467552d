import type { BottleneckStatus, RecommendationStatus, VisitType } from '#contract'
import type { BadgeTone } from '@/components/lists/types'

/** Badge colour per bottleneck status: open work blue, trouble amber/red, done green, dead grey. */
export const BOTTLENECK_STATUS_TONES: Record<BottleneckStatus, BadgeTone> = {
  submitted: 'info',
  accepted: 'info',
  rejected: 'muted',
  assigned: 'progress',
  disputed: 'attention',
  in_progress: 'progress',
  escalated: 'bad',
  resolved: 'good',
  closed: 'neutral',
}

/** Badge colour per recommendation status. */
export const RECOMMENDATION_STATUS_TONES: Record<RecommendationStatus, BadgeTone> = {
  draft: 'muted',
  submitted: 'info',
  instructed: 'info',
  forwarded: 'progress',
  implementing: 'progress',
  implemented: 'good',
  not_adopted: 'muted',
}

/** Badge colour per visit type. */
export const VISIT_TYPE_TONES: Record<VisitType, BadgeTone> = {
  visit: 'info',
  forum: 'progress',
  research: 'neutral',
  online: 'muted',
}
