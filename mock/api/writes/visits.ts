/** POST /api/visits (with inline bottlenecks) and PATCH /api/visits/:id over the contract's commands. */
import { createVisit, isVoided, patchVisit, visitCreateRequest, visitPatchRequest, writableChainIds } from '#contract'
import { parseBody } from '../body'
import { problem, type MockResponse, type SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { chainIdsInUseOf, commandContext } from './context'
import { idempotent } from './idempotency'
import { commandFailure, pathId } from './outcome'
import { audit, saveBottleneck, saveVisit } from './save'

/** Records a visit and the bottlenecks raised in it → 201 Visit. */
export function postVisit(state: MockState, req: SignedInRequest): MockResponse {
  const body = parseBody(visitCreateRequest, req.body)
  if (!body.ok) return body.response
  return idempotent(state, req, 'POST /api/visits', body.value, () => {
    const ctx = commandContext(state, req.user)
    const result = createVisit(ctx, body.value, {
      chainIds: chainIdsInUseOf(state),
      enterprises: state.world.enterprises,
    })
    if (!result.ok) return commandFailure(result.error)
    const { visit, bottlenecks } = result.value
    saveVisit(state, visit)
    audit(state, ctx, 'visit', visit.id, 'create', null, visit)
    for (const b of bottlenecks) {
      saveBottleneck(state, b)
      audit(state, ctx, 'bottleneck', b.id, 'raise', null, b)
    }
    state.changed()
    return { status: 201, body: state.world.visits.find(v => v.id === visit.id) }
  })
}

/** Edits a visit at its version → 200 Visit. */
export function patchVisitRoute(state: MockState, req: SignedInRequest, params: Record<string, string>): MockResponse {
  const id = pathId(params)
  if (!id.ok) return id.response
  const body = parseBody(visitPatchRequest, req.body)
  if (!body.ok) return body.response
  // A voided visit is gone for every write (issue 10), as on the server.
  const current = state.world.visits.find(v => v.id === id.id && !isVoided(v))
  if (!current) return problem(404, 'not_found', `visit ${id.id} not found`)
  const ctx = commandContext(state, req.user)
  const result = patchVisit(ctx, current, body.value, {
    chainIds: writableChainIds(chainIdsInUseOf(state), [current.chainId]),
    enterprises: state.world.enterprises,
  })
  if (!result.ok) return commandFailure(result.error)
  saveVisit(state, result.value)
  audit(state, ctx, 'visit', current.id, 'edit', current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
