/**
 * Loads the board slide's numbers through the bottleneck list (its totals are exact): one small
 * request per open status and per warning colour, and one for the latest resolved items.
 */
import { OPEN_BOTTLENECK_STATES, type Bottleneck, type BottleneckListQuery, type SlideFilter } from '#contract'
import { fetchBottlenecks } from '@/api/bottlenecks'
import { fetchEnterprises } from '@/api/enterprises'
import type { SlideDataContext } from '../../slideTypes'
import { loadSlideScope } from '../shared/slideScope'
import { slidePeriod } from '../shared/slidePeriod'
import { BOARD_WARNINGS, type BoardSlideData, type ResolvedItem } from './boardModel'

/** How many recently resolved bottlenecks the board lists. */
export const RESOLVED_SHOWN = 5
/**
 * The list cannot sort by resolution date, so the latest resolutions are picked from this many
 * resolved items most recently raised — a bottleneck resolved lately was almost always raised lately.
 */
const RESOLVED_POOL = 200

/** The latest resolutions first (ties: higher id first). */
export function latestResolved(items: readonly Bottleneck[], count: number): Bottleneck[] {
  return [...items]
    .filter(b => b.resolvedOn !== null)
    .sort((a, b) => (b.resolvedOn! < a.resolvedOn! ? -1 : b.resolvedOn! > a.resolvedOn! ? 1 : b.id - a.id))
    .slice(0, count)
}

/** Everything the board slide shows for a filter and data context. */
export async function loadBoardData(filter: SlideFilter, context: SlideDataContext): Promise<BoardSlideData> {
  const period = slidePeriod(context)
  const base: Partial<BottleneckListQuery> = { chainId: filter.chainId, county: filter.county, ...period }
  const count = async (query: Partial<BottleneckListQuery>) => (await fetchBottlenecks({ ...base, ...query, pageSize: 1 })).total
  const [openByStatus, byWarning, resolvedPage, scope] = await Promise.all([
    Promise.all(OPEN_BOTTLENECK_STATES.map(async status => ({ status, total: await count({ status: [status] }) }))),
    Promise.all(BOARD_WARNINGS.map(async colour => ({ colour, total: await count({ warning: [colour] }) }))),
    fetchBottlenecks({ ...base, status: ['resolved', 'closed'], sort: '-raisedOn', pageSize: RESOLVED_POOL }),
    loadSlideScope(filter),
  ])
  const latest = latestResolved(resolvedPage.items, RESOLVED_SHOWN)
  const ids = [...new Set(latest.map(b => b.enterpriseId))]
  const names = ids.length ? (await fetchEnterprises({ ids, pageSize: ids.length })).items : []
  const nameOf = new Map(names.map(e => [e.id, e.name]))
  const resolved = latest.map((b): ResolvedItem => ({
    id: b.id,
    enterpriseId: b.enterpriseId,
    enterpriseName: nameOf.get(b.enterpriseId) ?? null,
    category: b.category,
    resolutionType: b.resolutionType,
    resolvedOn: b.resolvedOn,
  }))
  return { period, openByStatus, byWarning, resolved, scope }
}
