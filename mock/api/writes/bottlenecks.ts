/**
 * POST /api/bottlenecks, PATCH /api/bottlenecks/:id and POST /api/bottlenecks/:id/transitions
 * over the contract's commands; every success is audited under the bottleneck.
 */
import type { BottleneckDetail } from '#contract'
import {
  bottleneckCreateRequest,
  bottleneckPatchRequest,
  isVoided,
  bottleneckTransitionRequest,
  patchBottleneck,
  raiseBottleneck,
  transitionBottleneck,
} from '#contract'
import { parseBody } from '../body'
import { bottleneckRecord } from '../lists'
import { problem, type MockResponse, type SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { chainIdsInUseOf, commandContext } from './context'
import { idempotent } from './idempotency'
import { commandFailure, pathId } from './outcome'
import { audit, saveBottleneck } from './save'

/** Raises a bottleneck outside a visit (or on one) → 201 BottleneckDetail. */
export function postBottleneck(state: MockState, req: SignedInRequest): MockResponse {
  const body = parseBody(bottleneckCreateRequest, req.body)
  if (!body.ok) return body.response
  return idempotent(state, req, 'POST /api/bottlenecks', body.value, () => {
    const ctx = commandContext(state, req.user)
    const { enterpriseId, visitId } = body.value
    const result = raiseBottleneck(ctx, body.value, {
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
  if (!stored) return { ok: false, response: problem(404, 'not_found', `bottleneck ${id} not found`) }
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
  params: Record<string, string>,
): MockResponse {
  const id = pathId(params)
  if (!id.ok) return id.response
  const body = parseBody(bottleneckPatchRequest, req.body)
  if (!body.ok) return body.response
  const found = find(state, id.id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const { enterpriseId } = body.value
  const { visitId } = found.current
  const result = patchBottleneck(ctx, found.current, body.value, {
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
  params: Record<string, string>,
): MockResponse {
  const id = pathId(params)
  if (!id.ok) return id.response
  const body = parseBody(bottleneckTransitionRequest, req.body)
  if (!body.ok) return body.response
  const found = find(state, id.id)
  if (!found.ok) return found.response
  const ctx = commandContext(state, req.user)
  const result = transitionBottleneck(ctx, found.current, body.value)
  if (!result.ok) return commandFailure(result.error)
  saveBottleneck(state, result.value)
  audit(state, ctx, 'bottleneck', found.current.id, body.value.action, found.current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
