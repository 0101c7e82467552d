/**
 * GET /api/queue — what waits on the signed-in user: bottlenecks and recommendations on which
 * they may take a step the record waits for now (the contract's waitsOn* rules: not a note or
 * feedback, nor what is taken at will, such as reopening a closed item). The admin's queue is the
 * orphans: records whose steps no active non-admin account can take (contract/whoseTurn.ts), as on
 * the server (server/services/queue.ts). Bottlenecks most urgent first (red, yellow, blue, none),
 * then oldest raised; recommendations longest waiting first; at most 200 of each.
 */
import type { Bottleneck, RecommendationDetail, WarningColour } from '#contract'
import { bottleneckTurn, isVoided, recommendationTurn, waitsOnBottleneck, waitsOnRecommendation } from '#contract'
import type { MockResponse, SignedInRequest } from './exchange'
import { bottleneckRecord, recommendationRecord } from './lists'
import type { MockState } from './state'

export const QUEUE_LIMIT = 200
const SEVERITY: Record<WarningColour, number> = { red: 0, yellow: 1, blue: 2, none: 3 }

const byUrgency = (a: Bottleneck, b: Bottleneck) =>
  SEVERITY[a.warning] - SEVERITY[b.warning] || a.raisedAt.localeCompare(b.raisedAt) || a.id - b.id

/** The signed-in user's queue as of today. */
export function myQueue(state: MockState, req: SignedInRequest): MockResponse {
  const today = state.clock.today()
  const { users } = state.world
  const orphans = req.user.role === 'admin'
  const waitsOnB = orphans
    ? (b: Bottleneck) => bottleneckTurn(b, users).orphaned
    : (b: Bottleneck) => waitsOnBottleneck(req.user, b)
  const waitsOnR = orphans
    ? (r: RecommendationDetail) => recommendationTurn(r, users).orphaned
    : (r: RecommendationDetail) => waitsOnRecommendation(req.user, r)
  // Voided records wait on no one (issue 10).
  const bottlenecks = state.world.bottlenecks
    .filter(b => !isVoided(b))
    .map(b => bottleneckRecord(b, today, state.world, { calendar: state.calendar, limits: state.limits }))
    .filter(waitsOnB)
    .sort(byUrgency)
    .slice(0, QUEUE_LIMIT)
  const recommendations = state.world.recommendations
    .filter(r => !isVoided(r) && waitsOnR(r))
    .map(recommendationRecord)
    .sort((a, b) => a.statusSince.localeCompare(b.statusSince) || a.id - b.id)
    .slice(0, QUEUE_LIMIT)
  return { status: 200, body: { bottlenecks, recommendations } }
}
