import { chinaToday } from '#contract'

/** The earliest date any record of the programme can carry; "all time" starts here. */
export const PROGRAMME_START = '2015-01-01'

/**
 * Global-filter query for "all time" (a custom period from the programme's start to today), for
 * links whose counts are not limited to the selected period, e.g. an enterprise's whole history.
 */
export function allTimeQuery(today: string = chinaToday()): Record<string, string> {
  return { period: 'custom', from: PROGRAMME_START, to: today }
}
