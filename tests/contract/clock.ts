/** The clock both implementations run on in the contract suite: a working Tuesday, 10:00 in Yanbian. */
import type { Clock } from './targets'

export const CONTRACT_CLOCK: Clock = {
  today: '2026-06-30',
  now: () => new Date('2026-06-30T02:00:00.000Z'),
}
