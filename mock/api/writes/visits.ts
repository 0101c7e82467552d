/** POST /api/visits (with inline bottlenecks) and PATCH /api/visits/:id over the contract's commands. */
import { createVisit, isVoided, patchVisit, writableChainIds, notFoundFailure } from '#contract'
import type { VisitCreateRequest, VisitPatchRequest } from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { chainIdsInUseOf, commandContext } from './context'
import { idempotent } from './idempotency'
import { commandFailure } from './outcome'
import { audit, saveBottleneck, saveVisit } from './save'

/** Records a visit and the bottlenecks raised in it → 201 Visit. */
export function postVisit(state: MockState, req: SignedInRequest, body: VisitCreateRequest): MockResponse {
  return idempotent(state, req, 'POST /api/visits', body, () => {
    const ctx = commandContext(state, req.user)
    const result = createVisit(ctx, body, {
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
export function patchVisitRoute(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: VisitPatchRequest,
): MockResponse {
  // A voided visit is gone for every write (issue 10), as on the server.
  const current = state.world.visits.find(v => v.id === id && !isVoided(v))
  if (!current) return failed(notFoundFailure('visit', id))
  const ctx = commandContext(state, req.user)
  const result = patchVisit(ctx, current, body, {
    chainIds: writableChainIds(chainIdsInUseOf(state), [current.chainId]),
    enterprises: state.world.enterprises,
  })
  if (!result.ok) return commandFailure(result.error)
  saveVisit(state, result.value)
  audit(state, ctx, 'visit', current.id, 'edit', current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
