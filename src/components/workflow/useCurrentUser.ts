import { computed, type ComputedRef } from 'vue'
import {
  allowedBottleneckActions,
  allowedRecommendationActions,
  BOTTLENECK_TRANSITIONS,
  RECOMMENDATION_TRANSITIONS,
  type Bottleneck,
  type BottleneckAction,
  type Recommendation,
  type RecommendationAccess,
  type RecommendationAction,
  type SessionUser,
} from '#contract'
import { useSessionStore } from '@/stores/session'

/** The signed-in user, or null (signed out: no control that changes anything is shown). */
export function useCurrentUser(): ComputedRef<SessionUser | null> {
  const session = useSessionStore()
  return computed(() => session.user ?? null)
}

/** The actions the signed-in user may take on this bottleneck now (the contract decides). */
export function useBottleneckActions(record: () => Bottleneck | null | undefined): ComputedRef<BottleneckAction[]> {
  const user = useCurrentUser()
  return computed(() => {
    const b = record()
    return user.value && b ? allowedBottleneckActions(user.value, b).filter(a => a !== 'raise') : []
  })
}

/**
 * The actions the signed-in user may take on this recommendation now. A list record carries no
 * forwards; without them a department is offered nothing (the detail record has them).
 */
export function useRecommendationActions(
  record: () => (Recommendation & Partial<Pick<RecommendationAccess, 'forwards'>>) | null | undefined,
): ComputedRef<RecommendationAction[]> {
  const user = useCurrentUser()
  return computed(() => {
    const r = record()
    return user.value && r
      ? allowedRecommendationActions(user.value, { ...r, forwards: r.forwards ?? [] }).filter(a => a !== 'create')
      : []
  })
}

const RAISERS: readonly string[] = BOTTLENECK_TRANSITIONS.find(t => t.action === 'raise')!.actors
const DRAFTERS: readonly string[] = RECOMMENDATION_TRANSITIONS.find(t => t.action === 'create')!.actors

/** True when the user's role raises bottlenecks (the lifecycle table's `raise` actors, and admin). */
export function mayRaise(user: SessionUser | null): boolean {
  return !!user && (user.role === 'admin' || RAISERS.includes(user.role))
}

/** True when the user's role drafts recommendations (the table's `create` actors, and admin). */
export function mayDraft(user: SessionUser | null): boolean {
  return !!user && (user.role === 'admin' || DRAFTERS.includes(user.role))
}
