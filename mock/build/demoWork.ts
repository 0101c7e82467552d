/**
 * Work that waits on the demo accounts whatever the anchor date: the liaison has results to rate,
 * the leader new problems to accept, and the demo department problems to acknowledge and to
 * resolve. Left to chance, a quiet fortnight in the demo accounts' chains would leave one of them
 * with an empty queue at a demonstration; these few items, raised by working days before the
 * anchor, make sure it never is.
 */
import type { BottleneckState, Enterprise, User, WorkingDayCalendar } from '#contract'
import { isWorkingDay, addCalendarDays } from '#contract'
import { DEMO_DEPARTMENT_ID } from '../reference/departments'
import type { Rng } from '../random'
import type { BottleneckSeed } from './bottlenecks'
import type { People } from './users'

export interface DemoWorkSeed extends BottleneckSeed {
  stallAt: BottleneckState
  pinnedLead?: number
}

/** The working day `n` working days before `date`. */
function workingDaysBefore(date: string, n: number, cal: WorkingDayCalendar): string {
  let d = date
  for (let left = n; left > 0;) {
    d = addCalendarDays(d, -1)
    if (isWorkingDay(d, cal)) left--
  }
  return d
}

/** The few items raised for the demo accounts, oldest first. */
export function demoWorkSeeds(
  rng: Rng,
  anchorDate: string,
  cal: WorkingDayCalendar,
  users: readonly User[],
  enterprises: readonly Enterprise[],
  people: People,
): DemoWorkSeed[] {
  const account = (username: string) => users.find(u => u.username === username)!
  const liaison = account('liaison')
  const leader = account('leader')
  const memberOf = (chainId: number) => rng.pick(enterprises.filter(e => e.chains.some(m => m.chainId === chainId)))
  const seed = (chainId: number, daysBack: number, stallAt: BottleneckState, pinnedLead?: number): DemoWorkSeed => {
    const raisers = liaison.chainIds.includes(chainId)
      ? [{ id: liaison.id, name: liaison.displayName }]
      : people.liaisonsOf(chainId)
    return {
      chainId,
      enterprise: memberOf(chainId),
      visitId: null,
      raisedOn: workingDaysBefore(anchorDate, daysBack, cal),
      raisedBy: rng.pick(raisers),
      stallAt,
      pinnedLead,
    }
  }
  const chains = [
    ...new Set(users.filter(u => u.role === 'leader' || u.role === 'liaison').flatMap(u => u.chainIds)),
  ].sort((a, b) => a - b)
  return [
    // Resolved a while ago, waiting for the liaison's follow-up rating (and the leader's review).
    seed(liaison.chainIds[0]!, 40, 'resolved'),
    seed(liaison.chainIds[liaison.chainIds.length - 1]!, 30, 'resolved'),
    // With the demo department: one being worked on, one just assigned.
    seed(rng.pick(chains), 14, 'in_progress', DEMO_DEPARTMENT_ID),
    seed(rng.pick(chains), 10, 'in_progress', DEMO_DEPARTMENT_ID),
    seed(rng.pick(chains), 6, 'assigned', DEMO_DEPARTMENT_ID),
    // Raised this week, waiting for the leader to accept or reject.
    seed(leader.chainIds[0]!, 2, 'submitted'),
    seed(leader.chainIds[leader.chainIds.length - 1]!, 1, 'submitted'),
  ]
}
