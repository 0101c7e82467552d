/**
 * The period a slide's numbers cover. Live: the last 12 months to today; frozen: the 12 months
 * ending on the playlist's `asOf`. The window is always passed explicitly, because /api/overview
 * alone would default to the year to date, and a board or pipeline must agree with the overview.
 */
import { addCalendarDays, chinaToday, type Period } from '#contract'
import type { SlideDataContext } from '../../slideTypes'

/** The day the slide's numbers are as of: `asOf` when frozen, today (China time) when live. */
export function slideDay(context: Pick<SlideDataContext, 'asOf'>, today: string = chinaToday()): string {
  return context.asOf ?? today
}

/** The same day one year earlier; 29 February falls back to the 28th. */
function yearBefore(date: string): string {
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5)
  return `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}-${md}`
}

/** Twelve months ending on the slide's day: from = day − 12 months + 1 day, to = day. */
export function slidePeriod(context: Pick<SlideDataContext, 'asOf'>, today: string = chinaToday()): Period {
  const to = slideDay(context, today)
  return { from: addCalendarDays(yearBefore(to), 1), to }
}

/**
 * What makes a frozen slide's Overview read the records as they stood on its day (bottlenecks
 * resolved or recommendations implemented later still count as open then); nothing when live.
 */
export function frozenAsOf(context: Pick<SlideDataContext, 'asOf'>): { asOf?: string } {
  return context.asOf === null ? {} : { asOf: context.asOf }
}

/**
 * The trend chart's window: the twelve calendar months ending with the slide day's month. Live
 * omits it so the server's own default (the same twelve months) applies.
 */
export function trendPeriod(context: Pick<SlideDataContext, 'asOf'>): Partial<Period> {
  if (context.asOf === null) return {}
  const to = context.asOf
  const index = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 - 11
  const from = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
  return { from, to }
}
