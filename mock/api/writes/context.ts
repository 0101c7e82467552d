/** The CommandContext of one write: who, when (from the mock's clock), the calendar, limits, departments and fresh ids. */
import { chinaInstant, type CommandContext, type SessionUser } from '#contract'
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
