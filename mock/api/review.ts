/**
 * GET /api/reports/year-review over a World: the contract's selection KPIs for the year, each
 * chain and each month, so the mock and the server agree with the Overview by construction.
 */
import {
  computeKpis,
  computeSelectionKpis,
  monthPeriods,
  periodAsOf,
  selectionScope,
  unknownChainIssues,
  yearPeriod,
  yearReviewQuery,
  type KpiInput,
  type World,
  type YearReview,
} from '#contract'
import { invalidQuery, ok, parseParams, type ApiResult } from './result'

/** The query as the server reads it: a repeated chainId keeps every value (parseParams keeps the last). */
function rawQuery(query: URLSearchParams): Record<string, string> {
  const raw: Record<string, string> = {}
  query.forEach((v, k) => {
    raw[k] = k === 'chainId' ? query.getAll(k).join(',') : v
  })
  return raw
}

/** The year in review for the query, judged on the business date `today`. */
export function yearReviewRoute(world: World, query: URLSearchParams, today: string): ApiResult {
  const parsed = parseParams(yearReviewQuery, rawQuery(query))
  if (!parsed.ok) return parsed.result
  const { year, chainId: selected = [] } = parsed.value
  const issues = unknownChainIssues(
    selected,
    world.chains.map(c => c.id),
  )
  if (Object.keys(issues).length > 0) return invalidQuery(issues)
  return ok(computeYearReview(world, year, selected, today))
}

/** Totals, chains and months of the year for the selected chains (none: every chain). */
export function computeYearReview(world: World, year: number, selected: readonly number[], today: string): YearReview {
  const input: KpiInput = {
    enterprises: world.enterprises,
    visits: world.visits,
    bottlenecks: world.bottlenecks,
    recommendations: world.recommendations,
  }
  const period = yearPeriod(year)
  const asOf = periodAsOf(period, today)
  const scope = selectionScope(
    selected,
    world.chains.map(c => c.id),
  )
  const shown = selected.length > 0 ? world.chains.filter(c => selected.includes(c.id)) : world.chains
  return {
    year,
    period,
    asOf,
    chainIds: [...selected],
    total: computeSelectionKpis(input, scope, period, asOf),
    byChain: shown.map(c => ({ chainId: c.id, kpis: computeKpis(input, { chainId: c.id }, period, asOf) })),
    byMonth: monthPeriods(year).map(m => ({
      month: m.month,
      kpis: computeSelectionKpis(input, scope, m.period, periodAsOf(m.period, today)),
    })),
  }
}
