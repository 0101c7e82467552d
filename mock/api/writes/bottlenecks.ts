/**
 * POST /api/bottlenecks, PATCH /api/bottlenecks/:id and POST /api/bottlenecks/:id/transitions
 * over the contract's commands; every success is audited under the bottleneck.
 */
import type { BottleneckDetail } from '#contract'
import type { BottleneckCreateRequest, BottleneckPatchRequest, BottleneckTransitionRequest } from '#contract'
import { isVoided, patchBottleneck, raiseBottleneck, transitionBottleneck, notFoundFailure } from '#contract'
import { bottleneckRecord } from '../lists'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { chainIdsInUseOf, commandContext } from './context'
import { idempotent } from './idempotency'
import { commandFailure } from './outcome'
import { audit, saveBottleneck } from './save'

/** Raises a bottleneck outside a visit (or on one) → 201 BottleneckDetail. */
export function postBottleneck(state: MockState, req: SignedInRequest, body: BottleneckCreateRequest): MockResponse {
  return idempotent(state, req, 'POST /api/bottlenecks', body, () => {
    const ctx = commandContext(state, req.user)
    const { enterpriseId, visitId } = body
    const result = raiseBottleneck(ctx, body, {
      chainIds: chainIdsInUseOf(state),
      enterprise: state.world.enterprises.find(e => e.id === enterpriseId) ?? null,
      visit: visitId == null ? null : (state.world.visits.find(v => v.id === visitId && !isVoided(v)) ?? null),
    })
    if (!result.ok) return commandFailure(result.error)
    saveBottleneck(state, result.value)
    audit(state, ctx, 'bottleneck', result.value.id, 'raise', null, result.value)
    state.changed()
    return { status: 201, body: result.value }
  })
}

/** The bottleneck of `id` as its GET shows it today (warning included), or the 404 answer. */
function find(
  state: MockState,
  id: number,
): { ok: true; current: BottleneckDetail } | { ok: false; response: MockResponse } {
  // A voided bottleneck is gone for every write (issue 10), as on the server.
  const stored = state.world.bottlenecks.find(b => b.id === id && !isVoided(b))
  if (!stored) return { ok: false, response: failed(notFoundFailure('bottleneck', id)) }
  return {
    ok: true,
    current: {
      ...bottleneckRecord(stored, state.clock.today(), state.world, { calendar: state.calendar, limits: state.limits }),
      events: stored.events,
    },
  }
}

/** Edits a bottleneck while it is submitted → 200 BottleneckDetail. */
export function patchBottleneckRoute(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: BottleneckPatchRequest,
): MockResponse {
  const found = find(state, id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const { enterpriseId } = body
  const { visitId } = found.current
  const result = patchBottleneck(ctx, found.current, body, {
    enterprise: enterpriseId === undefined ? null : (state.world.enterprises.find(e => e.id === enterpriseId) ?? null),
    visit: visitId === null ? null : (state.world.visits.find(v => v.id === visitId && !isVoided(v)) ?? null),
  })
  if (!result.ok) return commandFailure(result.error)
  saveBottleneck(state, result.value)
  audit(state, ctx, 'bottleneck', found.current.id, 'edit', found.current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}

/** Takes one lifecycle action → 200 BottleneckDetail with the new event. */
export function postBottleneckTransition(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: BottleneckTransitionRequest,
): MockResponse {
  const found = find(state, id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const result = transitionBottleneck(ctx, found.current, body)
  if (!result.ok) return commandFailure(result.error)
  saveBottleneck(state, result.value)
  audit(state, ctx, 'bottleneck', found.current.id, body.action, found.current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
