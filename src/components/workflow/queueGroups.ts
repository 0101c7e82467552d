/**
 * "My queue" in groups that say what each item waits for, in the order the user's role works
 * through them: a department acknowledges, then works what is due soonest; a leader decides
 * (accept, assign, disputes, escalations, extension requests, reviews); a liaison rates; the admin
 * takes over what nobody else can act on. The queue holds only what waits on the user, so there is
 * no "other" group: a closed or rejected item waits on no one (reopening belongs on its page). Pure.
 */
import type { Bottleneck, Recommendation, Role } from '#contract'

export type BottleneckQueueGroup =
  | 'to_acknowledge'
  | 'in_progress'
  | 'to_accept'
  | 'to_assign'
  | 'disputed'
  | 'escalated'
  | 'extension'
  | 'to_review'
  | 'to_rate'
export type RecommendationQueueGroup = 'to_submit' | 'to_instruct' | 'to_forward' | 'to_start' | 'implementing'

/** Every group, in the admin's order: a group a role does not expect still shows, after the role's own. */
const EVERY_GROUP: readonly BottleneckQueueGroup[] = [
  'to_accept',
  'to_assign',
  'to_acknowledge',
  'disputed',
  'escalated',
  'extension',
  'to_review',
  'to_rate',
  'in_progress',
]
const BOTTLENECK_ORDER: Record<Role, readonly BottleneckQueueGroup[]> = {
  department: ['to_acknowledge', 'in_progress'],
  leader: ['to_accept', 'to_assign', 'disputed', 'escalated', 'extension', 'to_review', 'in_progress'],
  liaison: ['to_rate', 'in_progress'],
  admin: EVERY_GROUP,
  viewer: [],
}

const RECOMMENDATION_GROUP: Partial<Record<Recommendation['status'], RecommendationQueueGroup>> = {
  draft: 'to_submit',
  submitted: 'to_instruct',
  instructed: 'to_forward',
  forwarded: 'to_start',
  implementing: 'implementing',
}
const RECOMMENDATION_ORDER: readonly RecommendationQueueGroup[] = [
  'to_submit',
  'to_instruct',
  'to_forward',
  'to_start',
  'implementing',
]

/** Which group a bottleneck falls in for this role; null for a final one (rejected, closed), which waits on no one. */
export function bottleneckGroupOf(role: Role, b: Bottleneck): BottleneckQueueGroup | null {
  switch (b.status) {
    case 'submitted':
      return 'to_accept'
    case 'accepted':
      return 'to_assign'
    case 'assigned':
      return 'to_acknowledge'
    case 'disputed':
      return 'disputed'
    case 'escalated':
      return 'escalated'
    case 'in_progress':
      return b.extensionPending && role !== 'department' && role !== 'liaison' ? 'extension' : 'in_progress'
    case 'resolved':
      return role === 'liaison' ? 'to_rate' : 'to_review'
    default:
      return null
  }
}

/** The deadline that matters for an item in this group, for "due soonest first". */
function dueDate(group: BottleneckQueueGroup, b: Bottleneck): string | null {
  if (group === 'to_acknowledge') return b.acknowledgeBy
  if (group === 'in_progress' || group === 'extension') return b.resolveBy
  return null
}

/** Items without a deadline go last; otherwise the server's order (warning severity) stands. */
function byDue(group: BottleneckQueueGroup) {
  return (a: Bottleneck, b: Bottleneck) => {
    const da = dueDate(group, a)
    const db = dueDate(group, b)
    if (da === db) return 0
    if (da === null) return 1
    if (db === null) return -1
    return da < db ? -1 : 1
  }
}

export interface QueueGroup<K, T> {
  key: K
  items: T[]
}

/** Bottlenecks in non-empty groups, in the role's working order; deadlines soonest first within a group. */
export function groupBottlenecks(
  role: Role,
  items: readonly Bottleneck[],
): QueueGroup<BottleneckQueueGroup, Bottleneck>[] {
  if (role === 'viewer') return []
  const own = BOTTLENECK_ORDER[role]
  const order = [...own, ...EVERY_GROUP.filter(g => !own.includes(g))]
  const groups = new Map<BottleneckQueueGroup, Bottleneck[]>()
  for (const b of items) {
    const key = bottleneckGroupOf(role, b)
    if (key) groups.set(key, [...(groups.get(key) ?? []), b])
  }
  return order.filter(k => groups.has(k)).map(key => ({ key, items: [...groups.get(key)!].sort(byDue(key)) }))
}

/** Recommendations grouped by the step they wait for, oldest in their state first. */
export function groupRecommendations(
  items: readonly Recommendation[],
): QueueGroup<RecommendationQueueGroup, Recommendation>[] {
  const groups = new Map<RecommendationQueueGroup, Recommendation[]>()
  for (const r of items) {
    const key = RECOMMENDATION_GROUP[r.status]
    if (key) groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return RECOMMENDATION_ORDER.filter(k => groups.has(k)).map(key => ({
    key,
    items: [...groups.get(key)!].sort((a, b) => a.statusSince.localeCompare(b.statusSince) || a.id - b.id),
  }))
}
