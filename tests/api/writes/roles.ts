/** What each role of the matrices may do, read from the contract's lifecycle tables: the expected status of every cell. */
import type { Actor, Transition } from '#contract'
import type { Who } from './writeWorld'

/**
 * The actors `who` counts as on a record of the suites (chain 1; lead department 3 with one
 * co-department; recommendations forwarded to department 3). The admin counts as every actor.
 */
export function actorsOf(who: Who, kind: 'bottleneck' | 'recommendation'): readonly Actor[] {
  switch (who) {
    case 'admin':
      return ['admin', 'leader', 'liaison', 'department_lead', 'department_co', 'department_forwarded']
    case 'leader':
      return ['leader']
    case 'liaison':
      return ['liaison']
    case 'deptLead':
      return kind === 'bottleneck' ? ['department_lead'] : ['department_forwarded']
    case 'deptCo':
      return kind === 'bottleneck' ? ['department_co'] : []
    default:
      return []
  }
}

/**
 * The status `who` gets for `transition` taken from one of its legal states: 401 without a session,
 * 200 when one of their actors may take it, else 403 (no write relation, or the wrong actor).
 */
export function expectedStatus(
  who: Who,
  transition: Pick<Transition<string, string>, 'actors'>,
  kind: 'bottleneck' | 'recommendation',
  success = 200,
): number {
  if (who === 'anonymous') return 401
  return transition.actors.some(a => actorsOf(who, kind).includes(a)) ? success : 403
}

/** A role with one of `actors`, preferring the narrowest (the admin only when nobody else may). */
export function someoneAs(actors: readonly Actor[], kind: 'bottleneck' | 'recommendation'): Who {
  const order: Who[] = ['deptLead', 'deptCo', 'liaison', 'leader', 'admin']
  return order.find(who => actorsOf(who, kind).some(a => actors.includes(a)))!
}
