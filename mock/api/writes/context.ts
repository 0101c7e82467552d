/**
 * The CommandContext of one write: who, when (from the mock's clock), the calendar, limits,
 * departments and fresh ids; and what the commands look ids up in.
 */
import { chinaInstant, inUse, type CommandContext, type SessionUser } from '#contract'
import type { MockState } from '../state'
import { idSourceFor } from './ids'

/** A context for `actor`'s write now. */
export function commandContext(state: MockState, actor: SessionUser): CommandContext {
  return {
    actor,
    now: chinaInstant(state.clock.now()),
    today: state.clock.today(),
    calendar: state.calendar,
    limits: state.limits,
    departments: state.world.departments,
    ids: idSourceFor(state.world),
  }
}

/** The ids of the chains in use: a new record names none of the retired ones, as on the server. */
export function chainIdsInUseOf(state: MockState): number[] {
  return state.world.chains.filter(inUse).map(c => c.id)
}

/** The chain of each record of `rows` whose id is among `ids`: a recommendation's basis as its checks see it. */
export function chainsOf(
  rows: readonly { id: number; chainId: number }[],
  ids: readonly number[],
): { id: number; chainId: number }[] {
  return rows.filter(r => ids.includes(r.id)).map(r => ({ id: r.id, chainId: r.chainId }))
}
