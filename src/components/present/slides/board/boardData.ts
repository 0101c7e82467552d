/**
 * Loads the board slide's numbers from the board snapshot: the bottlenecks raised in the slide's
 * 12 months as they stood at the end of the slide's day — today when live, the chosen day when
 * frozen — so a frozen board shows that day's statuses however the items moved since.
 */
import { OPEN_BOTTLENECK_STATES, type SlideFilter } from '#contract'
import { fetchBoardSnapshot } from '@/api/snapshots'
import type { SlideDataContext } from '../../slideTypes'
import { loadSlideScope } from '../shared/slideScope'
import { slideDay, slidePeriod } from '../shared/slidePeriod'
import { BOARD_WARNINGS, type BoardSlideData } from './boardModel'

/** Everything the board slide shows for a filter and data context. */
export async function loadBoardData(filter: SlideFilter, context: SlideDataContext): Promise<BoardSlideData> {
  const period = slidePeriod(context)
  const [snapshot, scope] = await Promise.all([
    fetchBoardSnapshot(
      { asOf: slideDay(context), ...period, chainId: filter.chainId, county: filter.county },
      { masked: context.masked },
    ),
    loadSlideScope(filter),
  ])
  return {
    period,
    openByStatus: OPEN_BOTTLENECK_STATES.map(status => ({ status, total: snapshot.byStatus[status] })),
    byWarning: BOARD_WARNINGS.map(colour => ({ colour, total: snapshot.byWarning[colour] })),
    resolved: snapshot.recentlyResolved,
    scope,
  }
}
