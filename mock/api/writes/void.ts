/**
 * POST /api/visits|bottlenecks|recommendations/:id/void over the contract's voidRecord (作废,
 * issue 10): admin only, audited as 'void'. The record stays in the world with `voidedAt` and
 * `voidReason`; liveWorld.ts leaves it out of every read but an admin's detail.
 */
import { voidRecord, notFoundFailure, type BottleneckDetail, type Voidable } from '#contract'
import type { VoidRequest } from '#contract'
import { bottleneckRecord } from '../lists'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { commandContext } from './context'
import { commandFailure } from './outcome'
import { audit, saveBottleneck, saveRecommendation, saveVisit } from './save'

type VoidEntity = 'visit' | 'bottleneck' | 'recommendation'

/** The record of `id` as its GET shows it (voided or not), and how a changed one is stored. */
interface VoidTarget<T extends Voidable> {
  current: T | undefined
  save: (record: T) => void
}

function targetOf(state: MockState, entity: VoidEntity, id: number): VoidTarget<Voidable & { id: number }> {
  switch (entity) {
    case 'visit':
      return { current: state.world.visits.find(v => v.id === id), save: r => saveVisit(state, r as never) }
    case 'bottleneck': {
      const stored = state.world.bottlenecks.find(b => b.id === id)
      const rules = { calendar: state.calendar, limits: state.limits }
      const current: BottleneckDetail | undefined = stored && {
        ...bottleneckRecord(stored, state.clock.today(), state.world, rules),
        events: stored.events,
      }
      return { current, save: r => saveBottleneck(state, r as never) }
    }
    case 'recommendation':
      return {
        current: state.world.recommendations.find(r => r.id === id),
        save: r => saveRecommendation(state, r as never),
      }
  }
}

/** Voids the record of kind `entity` named by the path → 200 with the voided record. */
export function postVoid(
  state: MockState,
  entity: VoidEntity,
  req: SignedInRequest,
  id: number,
  body: VoidRequest,
): MockResponse {
  const { current, save } = targetOf(state, entity, id)
  if (!current) return failed(notFoundFailure(entity, id))
  const ctx = commandContext(state, req.user)
  const result = voidRecord(ctx, current, body)
  if (!result.ok) return commandFailure(result.error)
  save(result.value)
  audit(state, ctx, entity, id, 'void', current, result.value)
  state.changed()
  return { status: 200, body: result.value }
}
